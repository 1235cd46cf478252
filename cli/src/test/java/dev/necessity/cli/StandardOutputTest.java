package dev.necessity.cli;

import dev.necessity.app.Examples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.necessity.app.output.ErrorLog;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report that could not be written to standard output is a failure, said in one line, not a silent exit 0. */
class StandardOutputTest {
    @TempDir
    Path tmp;

    private final String seedCase = Examples.example("l5-s1-alif").toString();

    @Test
    void aStandardOutputThatCannotBeWrittenIsAnErrorNotSuccess() {
        StringWriter err = new StringWriter();
        Writer full = new Writer() {
            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void close() {
            }
        };

        int status = Main.run(new String[] {"assess", seedCase}, full, err);

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("necessity: cannot write to standard output (No space left on device)" + System.lineSeparator());
    }

    @Test
    void assessIntoDevFullExitsNonZeroWithOneLine() throws Exception {
        File devFull = new File("/dev/full");
        assumeTrue(devFull.exists(), "no /dev/full on this system");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-D" + ErrorLog.DIRECTORY_PROPERTY + "=" + tmp.resolve("log"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "assess", seedCase)
                .redirectOutput(devFull).redirectError(tmp.resolve("stderr.txt").toFile()).start();

        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(Files.readString(tmp.resolve("stderr.txt"), StandardCharsets.UTF_8))
                .isEqualTo("necessity: cannot write to standard output (No space left on device)\n");
    }
}
