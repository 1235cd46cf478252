import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A load client for {@code necessity serve}: CLIENTS threads each submit cases back to back
 * (POST /api/cases, multipart) for WARMUP seconds, then for SECONDS seconds while every answer's
 * latency is recorded; prints sustained assessments per second and p50/p99/max latency.
 * Launched in source mode by serve-load.sh:
 *
 *   java bench/ServeLoad.java URL TOKEN CLIENTS WARMUP SECONDS CASE_DIR...
 */
public class ServeLoad {
    record Body(String contentType, byte[] bytes) {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0] + "/api/cases";
        String token = args[1];
        int clients = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        List<Body> bodies = new ArrayList<>();
        for (int i = 5; i < args.length; i++) {
            bodies.add(multipart(Path.of(args[i])));
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int me = c;
            latencies[me] = new long[1 << 20];
            Thread t = new Thread(() -> {
                int next = me;
                try {
                    while (!stop.get()) {
                        Body b = bodies.get(next++ % bodies.size());
                        HttpRequest r = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                                .header("Authorization", "Bearer " + token).header("Content-Type", b.contentType())
                                .POST(HttpRequest.BodyPublishers.ofByteArray(b.bytes())).build();
                        long start = System.nanoTime();
                        HttpResponse<Void> response = client.send(r, HttpResponse.BodyHandlers.discarding());
                        long took = System.nanoTime() - start;
                        if (measuring.get() && !stop.get()) {
                            statuses.computeIfAbsent(response.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                            if (counts[me] < latencies[me].length) {
                                latencies[me][counts[me]++] = took;
                            }
                        }
                    }
                } catch (Exception e) {
                    System.err.println("client " + me + ": " + e);
                } finally {
                    done.countDown();
                }
            });
            t.setDaemon(true);
            t.start();
        }
        Thread.sleep(warmup * 1000L);
        measuring.set(true);
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        double elapsed = (System.nanoTime() - start) / 1e9;
        done.await();
        int n = Arrays.stream(counts).sum();
        long[] all = new long[n];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        System.out.printf("%d clients, %d s measured after %d s warm-up, %d case(s) in rotation%n", clients, seconds, warmup, bodies.size());
        System.out.printf("answers: %s%n", statuses);
        System.out.printf("sustained: %.0f assessments/s%n", n / elapsed);
        if (n > 0) {
            System.out.printf("latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", all[n / 2] / 1e6, all[(int) Math.min(n - 1, Math.ceil(n * 0.99) - 1)] / 1e6,
                    all[n - 1] / 1e6);
        }
    }

    static Body multipart(Path caseDir) throws IOException {
        String boundary = "load-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Stream<Path> files = Files.list(caseDir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!Files.isRegularFile(f) || !(name.endsWith(".txt") || name.endsWith(".md") || name.equals("request.json"))) {
                    continue;
                }
                String part = name.equals("request.json") ? "request" : "document";
                out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + name
                        + "\"\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                out.writeBytes(Files.readAllBytes(f));
                out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Body("multipart/form-data; boundary=" + boundary, out.toByteArray());
    }
}
