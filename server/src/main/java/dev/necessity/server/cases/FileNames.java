package dev.necessity.server.cases;

import dev.necessity.server.problem.ApiProblem;

/**
 * The names a submission may give its files. A document's name becomes a file in the directory
 * intake reads, so it must name a file inside that directory and nothing else: no separators,
 * no {@code ..}, no hidden or control-character names.
 */
final class FileNames {
    static final int MAX_NAME = 255;

    private FileNames() {
    }

    /** A document's name as given by a multipart part's filename. */
    static String document(String name) {
        String n = name == null ? "" : name;
        if (n.isEmpty()) {
            throw ApiProblem.badRequest("NEC-SERVER-013", "a document part has no filename; the filename is the document's name");
        }
        if (n.length() > MAX_NAME || n.contains("/") || n.contains("\\") || n.equals("..") || n.startsWith(".")
                || n.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f)) {
            throw ApiProblem.badRequest("NEC-SERVER-013", "document name '" + printable(n)
                    + "' is not a plain file name (no path separators, no leading dot, no control characters, at most 255 characters)");
        }
        return n;
    }

    /** A zip entry's path, checked component by component; refused when it could leave the case directory. */
    static String zipEntry(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.matches("^[A-Za-z]:.*")) {
            throw ApiProblem.badRequest("NEC-SERVER-021", "zip entry '" + printable(path) + "' has an absolute path; entries must be relative to the case directory");
        }
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        for (String part : trimmed.split("/", -1)) {
            if (part.equals("..") || part.equals(".") || part.isEmpty()) {
                throw ApiProblem.badRequest("NEC-SERVER-021", "zip entry '" + printable(path) + "' leaves the case directory or is not a plain path");
            }
            if (part.length() > MAX_NAME || part.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f)) {
                throw ApiProblem.badRequest("NEC-SERVER-021", "zip entry '" + printable(path) + "' has a name part that is not a plain file name");
            }
        }
        return trimmed;
    }

    static String printable(String name) {
        StringBuilder s = new StringBuilder();
        name.codePoints().limit(120).forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f || cp >= 0x80 && cp <= 0x9f) {
                s.append(String.format("\\u%04x", cp));
            } else {
                s.appendCodePoint(cp);
            }
        });
        return name.length() > 120 ? s + "..." : s.toString();
    }
}
