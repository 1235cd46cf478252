package dev.necessity.intake;

import dev.necessity.intake.CaseInputException.Code;
import java.nio.file.Path;

/** A file of a case: where it is, and the name to show in error messages. */
record InputFile(Path path, String name) {

    CaseInputException problem(Code code, String problem) {
        return new CaseInputException(code, path, name, problem);
    }

    CaseInputException problem(Code code, String problem, Throwable cause) {
        return new CaseInputException(code, path, name, problem, cause);
    }
}
