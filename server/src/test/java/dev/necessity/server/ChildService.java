package dev.necessity.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The service as a child JVM from the test class path, for tests that kill it or share its database with another process. */
final class ChildService {
    final Process process;
    final int port;
    private final StringBuffer output = new StringBuffer();

    private ChildService(Process process, int port, BufferedReader reader) {
        this.process = process;
        this.port = port;
        Thread drain = new Thread(() -> {
            try {
                for (String line; (line = reader.readLine()) != null; ) {
                    output.append(line).append('\n');
                }
            } catch (java.io.IOException e) {
                // the child died
            }
        }, "child-server-output");
        drain.setDaemon(true);
        drain.start();
    }

    /** {@code work}: where the child stages submissions, so what a kill leaves behind stays in the test's directory. */
    static ChildService start(String db, Path work) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx512m", "-Dnecessity.server.work=" + work, "-cp", System.getProperty("java.class.path"), ChildServer.class.getName(), db)
                .redirectErrorStream(true).start();
        BufferedReader reader = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        StringBuilder before = new StringBuilder();
        for (String line; System.nanoTime() < deadline && (line = reader.readLine()) != null; ) {
            if (line.startsWith("PORT ")) {
                return new ChildService(p, Integer.parseInt(line.substring(5).strip()), reader);
            }
            before.append(line).append('\n');
        }
        p.destroyForcibly();
        throw new AssertionError("the child server did not start:\n" + before);
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    String output() {
        return output.toString();
    }
}
