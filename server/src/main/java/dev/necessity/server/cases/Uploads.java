package dev.necessity.server.cases;

import dev.necessity.intake.CaseReader;
import dev.necessity.server.problem.ApiProblem;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Reads the files of a submission from an HTTP request, within {@link UploadLimits}: multipart
 * form data (part {@code request} is request.json, every other part a document named by its
 * filename) or a zip of a case directory. Everything is counted while it is read, never trusted
 * from a header, so an oversized or expanding body is refused after reading at most the limit.
 */
public final class Uploads {
    private final UploadLimits limits;
    private final Path spool;

    /** {@code spool}: where the multipart parser may keep parts too large for memory. */
    public Uploads(UploadLimits limits, Path spool) {
        this.limits = limits;
        this.spool = spool;
    }

    public UploadLimits limits() {
        return limits;
    }

    /**
     * The files of a submission. {@code requireRequest}: a new case must carry request.json, while
     * documents added to a case must not.
     */
    public List<SubmittedFile> read(HttpServletRequest http, boolean requireRequest) {
        long declared = http.getContentLengthLong();
        if (declared > limits.maxBodyBytes()) {
            throw tooLarge(declared);
        }
        String type = http.getContentType() == null ? "" : http.getContentType().toLowerCase(Locale.ROOT);
        List<SubmittedFile> files;
        if (type.startsWith("multipart/form-data")) {
            files = multipart(http);
        } else if (type.startsWith("application/zip") || type.startsWith("application/x-zip-compressed")) {
            files = zip(body(http));
        } else {
            throw new ApiProblem(415, "NEC-SERVER-010", "send multipart/form-data (part \"request\" and one part per document) "
                    + "or application/zip (a case directory)");
        }
        boolean hasRequest = files.stream().anyMatch(f -> f.name().equals(CaseReader.REQUEST_FILE));
        if (requireRequest && !hasRequest) {
            throw ApiProblem.badRequest("NEC-INTAKE-002", "request.json: not found in the submission (multipart part \"request\", "
                    + "or request.json at the top of the zip)");
        }
        if (!requireRequest && hasRequest) {
            throw ApiProblem.badRequest("NEC-SERVER-014", "request.json cannot be replaced; send only the documents to add");
        }
        if (!requireRequest && files.isEmpty()) {
            throw ApiProblem.badRequest("NEC-SERVER-014", "no documents in the submission");
        }
        return files;
    }

    private List<SubmittedFile> multipart(HttpServletRequest http) {
        http.setAttribute("org.eclipse.jetty.multipartConfig",
                new MultipartConfigElement(spool.toString(), limits.maxFileBytes(), limits.maxBodyBytes(), 256 * 1024));
        Collection<Part> parts;
        try {
            parts = http.getParts();
        } catch (Exception e) {
            throw new ApiProblem(400, "NEC-SERVER-012", "the multipart body could not be read (over a limit: " + limits.maxFileBytes()
                    + " bytes per part, " + limits.maxBodyBytes() + " in all, " + limits.maxParts() + " parts; or malformed)", e);
        }
        if (parts.size() > limits.maxParts()) {
            throw ApiProblem.badRequest("NEC-SERVER-011", "the submission has " + parts.size() + " parts; at most " + limits.maxParts()
                    + " (request.json and " + (limits.maxParts() - 1) + " documents)");
        }
        List<SubmittedFile> files = new ArrayList<>();
        Set<String> names = new HashSet<>();
        long total = 0;
        for (Part part : parts) {
            String name;
            if ("request".equals(part.getName())) {
                name = CaseReader.REQUEST_FILE;
            } else {
                name = FileNames.document(part.getSubmittedFileName());
                if (name.equals(CaseReader.REQUEST_FILE)) {
                    throw ApiProblem.badRequest("NEC-SERVER-013", "request.json goes in the part named \"request\"");
                }
            }
            if (!names.add(name)) {
                throw ApiProblem.badRequest("NEC-SERVER-015", "two parts are named '" + FileNames.printable(name) + "'");
            }
            byte[] content;
            try (InputStream in = part.getInputStream()) {
                content = readBounded(in, limits.maxFileBytes(), name);
            } catch (IOException e) {
                throw new ApiProblem(400, "NEC-SERVER-012", "part '" + FileNames.printable(name) + "' could not be read", e);
            }
            total += content.length;
            if (total > limits.maxExpandedBytes()) {
                throw tooLarge(total);
            }
            files.add(new SubmittedFile(name, content));
        }
        return files;
    }

    private byte[] body(HttpServletRequest http) {
        try (InputStream in = http.getInputStream()) {
            return readBounded(in, limits.maxBodyBytes(), "the request body");
        } catch (IOException e) {
            throw new ApiProblem(400, "NEC-SERVER-012", "the request body could not be read", e);
        }
    }

    /** The files of a zipped case directory; a single top-level folder holding request.json is the case. */
    List<SubmittedFile> zip(byte[] body) {
        List<ZipArchiveEntry> entries;
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(body)).get()) {
            entries = Collections.list(zip.getEntries());
            if (entries.size() > limits.maxZipEntries()) {
                throw ApiProblem.badRequest("NEC-SERVER-022", "the zip has " + entries.size() + " entries; at most " + limits.maxZipEntries());
            }
            String root = commonRoot(entries);
            List<SubmittedFile> files = new ArrayList<>();
            Set<String> names = new HashSet<>();
            long expanded = 0;
            for (ZipArchiveEntry entry : entries) {
                String path = FileNames.zipEntry(entry.getName());
                if (entry.isUnixSymlink()) {
                    throw ApiProblem.badRequest("NEC-SERVER-021", "zip entry '" + FileNames.printable(path)
                            + "' is a link; a case must hold its files, not links to them");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                String name = root.isEmpty() ? path : path.substring(root.length());
                if (!names.add(name)) {
                    throw ApiProblem.badRequest("NEC-SERVER-015", "the zip holds '" + FileNames.printable(name) + "' twice");
                }
                if (!zip.canReadEntryData(entry)) {
                    throw ApiProblem.badRequest("NEC-SERVER-020", "zip entry '" + FileNames.printable(path)
                            + "' uses a compression method or encryption this service cannot read (use deflate or store)");
                }
                byte[] content;
                try (InputStream in = zip.getInputStream(entry)) {
                    content = readBounded(in, Math.min(limits.maxFileBytes(), limits.maxExpandedBytes() - expanded), name);
                }
                expanded += content.length;
                if (expanded > 1024 * 1024 && expanded > (long) limits.maxExpansionRatio() * body.length) {
                    throw ApiProblem.badRequest("NEC-SERVER-023", "the zip expands more than " + limits.maxExpansionRatio()
                            + " times its size; refused as a possible zip bomb");
                }
                files.add(new SubmittedFile(name, content));
            }
            return files;
        } catch (IOException | IllegalArgumentException e) {
            throw new ApiProblem(400, "NEC-SERVER-020", "the body is not a readable zip archive", e);
        }
    }

    /** "case/" when every entry sits under that one folder and request.json is not at the top; else "". */
    private static String commonRoot(List<ZipArchiveEntry> entries) {
        boolean topLevelRequest = entries.stream().anyMatch(e -> e.getName().equals(CaseReader.REQUEST_FILE));
        if (topLevelRequest || entries.isEmpty()) {
            return "";
        }
        String first = entries.get(0).getName();
        int slash = first.indexOf('/');
        if (slash <= 0) {
            return "";
        }
        String root = first.substring(0, slash + 1);
        return entries.stream().allMatch(e -> e.getName().startsWith(root)) ? root : "";
    }

    private byte[] readBounded(InputStream in, long max, String what) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > max) {
                throw ApiProblem.badRequest("NEC-SERVER-016", FileNames.printable(what) + " is larger than " + max
                        + " bytes, the limit for it in one submission");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private ApiProblem tooLarge(long bytes) {
        return ApiProblem.badRequest("NEC-SERVER-016", "the submission is " + bytes + " bytes; at most " + limits.maxBodyBytes()
                + " (request.json and documents together: " + limits.maxExpandedBytes() + ")");
    }
}
