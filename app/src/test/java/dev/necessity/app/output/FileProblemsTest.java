package dev.necessity.app.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** Java's file exceptions in the words a user needs: the file, then what is wrong with it. */
class FileProblemsTest {

    @Test
    void namesTheFileAndTheProblemInsteadOfAClass() {
        assertThat(FileProblems.describe(new AccessDeniedException("/srv/cases/payer-b"))).isEqualTo("/srv/cases/payer-b: permission denied");
        assertThat(FileProblems.describe(new NoSuchFileException("cases/x/request.json"))).isEqualTo("cases/x/request.json: no such file or directory");
        assertThat(FileProblems.describe(new FileSystemException("/mnt/usb/results.jsonl", null, "Read-only file system")))
                .isEqualTo("/mnt/usb/results.jsonl: read-only file system");
        assertThat(FileProblems.describe(new UncheckedIOException(new AccessDeniedException("/srv/cases"))))
                .isEqualTo("/srv/cases: permission denied");
    }

    @Test
    void aDecoderFailureIsNotValidUtf8NotAnInputLength() {
        assertThat(FileProblems.describe(new MalformedInputException(3))).isEqualTo("not valid UTF-8 text");
    }

    @Test
    void theReasonAloneLeavesTheNamingToTheCaller() {
        assertThat(FileProblems.reason(new AccessDeniedException("/srv/cases/payer-b/request.json"))).isEqualTo("permission denied");
        assertThat(FileProblems.reason(new IOException("No space left on device"))).isEqualTo("No space left on device");
    }
}
