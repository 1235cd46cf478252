package dev.necessity.server.problem;

/**
 * A request the service refuses, answered as {@code {"code": ..., "message": ...}} with
 * {@link #status()}. The message is written for the client and never holds document text or
 * patient details, because the request log may name the code.
 */
public final class ApiProblem extends RuntimeException {
    private final int status;
    private final String code;

    public ApiProblem(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public ApiProblem(int status, String code, String message, Throwable cause) {
        super(message, cause, false, false);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public static ApiProblem badRequest(String code, String message) {
        return new ApiProblem(400, code, message);
    }

    public static ApiProblem notFound(String what) {
        return new ApiProblem(404, "NEC-SERVER-404", what + " not found");
    }

    public static ApiProblem conflict(String code, String message) {
        return new ApiProblem(409, code, message);
    }

    public static ApiProblem forbidden(String message) {
        return new ApiProblem(403, "NEC-SERVER-403", message);
    }
}
