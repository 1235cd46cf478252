package dev.necessity.app.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.necessity.app.output.ControlCharacters;
import dev.necessity.app.output.ErrorLog;
import dev.necessity.intake.CaseInputException;
import java.time.Duration;

/**
 * Why a case has no determination, as its results line records it: a stable code, the kind the
 * summary counts, and a message a reader can act on. Nothing that goes wrong with one case stops
 * the run or leaves the case out of the results.
 *
 * @param code    {@code NEC-INTAKE-0xx} for bad input (the reader's own codes), else {@code NEC-BATCH-00x}
 * @param kind    the summary's row: BAD_INPUT, UNSEARCHABLE_DIRECTORY, TIMED_OUT, OUT_OF_MEMORY or INTERNAL_ERROR
 * @param message one line
 */
record CaseFailure(String code, String kind, String message) {
    /** A directory under the root could not be listed, so cases in it may be missing. */
    static final String UNSEARCHABLE = "NEC-BATCH-001";
    /** The case ran past the per-case time budget ({@code --case-timeout}). */
    static final String TIMED_OUT = "NEC-BATCH-002";
    /** The Java heap ran out while the case was assessed. */
    static final String OUT_OF_MEMORY = "NEC-BATCH-003";
    /** Anything else: a fault in Necessity; the stack trace is in the error log. */
    static final String INTERNAL = "NEC-BATCH-004";

    private static final ObjectMapper JSON = new ObjectMapper();

    static CaseFailure unsearchable(String message) {
        return new CaseFailure(UNSEARCHABLE, "UNSEARCHABLE_DIRECTORY", message);
    }

    static CaseFailure timedOut(Duration budget) {
        return new CaseFailure(TIMED_OUT, "TIMED_OUT", "not assessed within the per-case time budget of " + format(budget)
                + " (--case-timeout); the run went on without it");
    }

    static CaseFailure of(Throwable t) {
        try {
            return describe(t);
        } catch (Throwable again) {
            // describing an OutOfMemoryError can run out of memory too; the case is still recorded
            return new CaseFailure(t instanceof OutOfMemoryError ? OUT_OF_MEMORY : INTERNAL,
                    t instanceof OutOfMemoryError ? "OUT_OF_MEMORY" : "INTERNAL_ERROR", "failed: " + t.getClass().getSimpleName());
        }
    }

    private static CaseFailure describe(Throwable t) {
        if (t instanceof CaseInputException c) {
            return new CaseFailure(c.code(), "BAD_INPUT", c.getMessage());
        }
        if (t instanceof OutOfMemoryError) {
            return new CaseFailure(OUT_OF_MEMORY, "OUT_OF_MEMORY", "ran out of memory while assessing (" + t.getMessage()
                    + "); give Java more heap (NECESSITY_JAVA_OPTS=-Xmx4g) or run fewer --jobs");
        }
        String what = t instanceof StackOverflowError ? "stack overflow" : t.getClass().getSimpleName()
                + (t.getMessage() == null ? "" : ": " + t.getMessage());
        return new CaseFailure(INTERNAL, "INTERNAL_ERROR", "internal error while assessing: " + what + " (" + ErrorLog.write(t) + ")");
    }

    /** A budget as the user wrote it: {@code 30s}, {@code 2m}, {@code 1500ms}. */
    static String format(Duration d) {
        if (d.toMillis() % 1000 != 0) {
            return d.toMillis() + "ms";
        }
        long s = d.toSeconds();
        return s % 60 == 0 && s > 0 ? s / 60 + "m" : s + "s";
    }

    /** The results line: {"error": {"code", "message"}, "caseDir"}, control characters escaped. */
    String line(String caseDir) {
        try {
            ObjectNode line = JSON.createObjectNode();
            ObjectNode error = line.putObject("error");
            error.put("code", code);
            error.put("message", message.replaceAll("[\\r\\n]+", " "));
            line.put("caseDir", caseDir);
            return ControlCharacters.escape(JSON.writeValueAsString(line));
        } catch (Throwable again) {
            // After an OutOfMemoryError the serialiser itself may fail; the case is still recorded.
            return "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + kind + "\"},\"caseDir\":" + quote(caseDir) + "}";
        }
    }

    private static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                q.append('\\').append(c);
            } else if (c < 0x20 || ControlCharacters.isControl(c)) {
                q.append(String.format("\\u%04x", (int) c));
            } else {
                q.append(c);
            }
        }
        return q.append('"').toString();
    }
}
