package dev.necessity.intake;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Bad input in a case directory: one clear line naming the file and the problem.
 *
 * <p>Contract: {@link #getMessage()} is exactly {@code "<file>: <problem>"} on a single line,
 * where {@code <file>} is the file name as given in the case (e.g. {@code request.json},
 * {@code mri.txt}) or, for a missing case directory, the directory as given. It never contains
 * a stack trace, a Java class name or a line break, so a command line can print it as is and
 * exit with status 2. {@link #code()} is a stable identifier for programs ({@code NEC-INTAKE-0xx});
 * {@link #file()} is the offending path as given (case directory joined with the name). Any
 * underlying exception is kept as the cause, for the log only.
 */
public final class CaseInputException extends RuntimeException {

    /** The kinds of bad input, each with a stable code. Codes are never renumbered. */
    public enum Code {
        /** The case directory does not exist or is not a directory. */
        CASE_DIRECTORY_NOT_FOUND("NEC-INTAKE-001"),
        /** The case directory holds no request.json. */
        REQUEST_NOT_FOUND("NEC-INTAKE-002"),
        /** request.json is not valid JSON, is empty, or is not a JSON object. */
        INVALID_JSON("NEC-INTAKE-003"),
        /** A required field is absent or null. */
        MISSING_FIELD("NEC-INTAKE-004"),
        /** A field has the wrong JSON type or a value outside its allowed set or format. */
        INVALID_VALUE("NEC-INTAKE-005"),
        /** request.json holds a field this version does not know (likely misspelled). */
        UNKNOWN_FIELD("NEC-INTAKE-006"),
        /** The service lines do not hold together: none, duplicate sequences, dangling primarySequence. */
        INVALID_SERVICE_LINES("NEC-INTAKE-007"),
        /** A document listed in request.json is not in the case directory. */
        DOCUMENT_NOT_FOUND("NEC-INTAKE-008"),
        /** A document is empty or holds only whitespace. */
        DOCUMENT_EMPTY("NEC-INTAKE-009"),
        /** A file exceeds the configured size limit. */
        FILE_TOO_LARGE("NEC-INTAKE-010"),
        /** A document, or request.json, is not valid UTF-8. */
        DOCUMENT_NOT_UTF8("NEC-INTAKE-011"),
        /** A file exists but could not be read (permissions, I/O error). */
        FILE_UNREADABLE("NEC-INTAKE-012"),
        /** A listed document has a format this version cannot read (only .txt and .md). */
        UNSUPPORTED_DOCUMENT("NEC-INTAKE-013"),
        /** request.json lists more service lines than the limit (docs/limits.md). */
        TOO_MANY_SERVICE_LINES("NEC-INTAKE-014"),
        /** The case holds more documents than the limit, listed or discovered. */
        TOO_MANY_DOCUMENTS("NEC-INTAKE-015"),
        /** request.json and the documents together exceed the case byte limit. */
        CASE_TOO_LARGE("NEC-INTAKE-016"),
        /** A document has a line longer than the line limit (rarely text; often a binary file). */
        LINE_TOO_LONG("NEC-INTAKE-017"),
        /** request.json nests arrays and objects deeper than the limit. */
        TOO_DEEPLY_NESTED("NEC-INTAKE-018"),
        /** A case file is a link, or sits in a linked directory, that leads outside the case directory. */
        OUTSIDE_CASE_DIRECTORY("NEC-INTAKE-019"),
        /** Dates that no reading of the case can reconcile (a birth date after the request date). */
        IMPOSSIBLE_DATES("NEC-INTAKE-020");

        private final String id;

        Code(String id) {
            this.id = id;
        }

        /** The stable wire identifier, e.g. {@code NEC-INTAKE-001}. */
        public String id() {
            return id;
        }
    }

    private static final int MAX_NAME = 300;

    private final Code code;
    private final Path file;
    private final String displayName;
    private final String problem;

    CaseInputException(Code code, Path file, String displayName, String problem, Throwable cause) {
        super(shown(displayName) + ": " + oneLine(problem), cause, false, true);
        this.code = Objects.requireNonNull(code, "code");
        this.file = file;
        this.displayName = displayName;
        this.problem = oneLine(problem);
    }

    CaseInputException(Code code, Path file, String displayName, String problem) {
        this(code, file, displayName, problem, null);
    }

    /** The stable error code, e.g. {@code NEC-INTAKE-008}. */
    public String code() {
        return code.id();
    }

    /** The kind of bad input. */
    public Code kind() {
        return code;
    }

    /** The offending file or directory, as given (not made absolute). */
    public Path file() {
        return file;
    }

    /** The file name as shown at the start of the message, e.g. {@code request.json}. */
    public String displayName() {
        return displayName;
    }

    /** The problem alone, without the file name prefix. */
    public String problem() {
        return problem;
    }

    /**
     * A file name as the message shows it. The name is the user's (a listed "file", a file found in
     * the case) and can hold anything a file system allows: a line break would split the one line
     * in two, and ten thousand characters would bury the problem. Control characters are written
     * as JSON-style escapes, and a name past {@value #MAX_NAME} characters keeps its start and end.
     */
    static String shown(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(Math.min(name.length(), MAX_NAME + 16));
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029') {
                s.append(String.format("\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        if (s.length() <= MAX_NAME) {
            return s.toString();
        }
        return s.substring(0, MAX_NAME - 60) + "..." + s.substring(s.length() - 57);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
