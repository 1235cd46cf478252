package dev.necessity.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A small client of the service for tests: requests with a token, multipart and zip bodies. */
final class Http {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    record Response(int status, String body, java.net.http.HttpHeaders headers) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        String code() {
            return json().path("code").asText();
        }
    }

    Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    Response post(String path, String token, String contentType, byte[] body) {
        return send(request(path, token).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Response postJson(String path, String token, String json) {
        return post(path, token, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    Response submit(String token, Multipart body) {
        return post("/api/cases", token, body.contentType(), body.bytes());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private Response send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A multipart/form-data body: named parts, each with a filename (documents) or without (the request part). */
    static final class Multipart {
        private final String boundary = "necessity-" + UUID.randomUUID();
        private final Map<String, byte[]> documents = new LinkedHashMap<>();
        private byte[] request;

        static Multipart ofCase(Path caseDir) {
            Multipart m = new Multipart();
            try (Stream<Path> files = Files.list(caseDir)) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (Files.isDirectory(f)) {
                        continue;
                    }
                    if (name.equals("request.json")) {
                        m.request(Files.readAllBytes(f));
                    } else {
                        m.document(name, Files.readAllBytes(f));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return m;
        }

        Multipart request(byte[] json) {
            this.request = json;
            return this;
        }

        Multipart request(String json) {
            return request(json.getBytes(StandardCharsets.UTF_8));
        }

        Multipart document(String name, byte[] content) {
            documents.put(name, content);
            return this;
        }

        Multipart document(String name, String content) {
            return document(name, content.getBytes(StandardCharsets.UTF_8));
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        byte[] bytes() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (request != null) {
                part(out, "Content-Disposition: form-data; name=\"request\"; filename=\"request.json\"\r\nContent-Type: application/json", request);
            }
            documents.forEach((name, content) -> part(out, "Content-Disposition: form-data; name=\"document\"; filename=\"" + name
                    + "\"\r\nContent-Type: text/plain", content));
            out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }

        private void part(ByteArrayOutputStream out, String headers, byte[] content) {
            out.writeBytes(("--" + boundary + "\r\n" + headers + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A zip of the files of a case directory, each under {@code prefix}. */
    static byte[] zip(Path caseDir, String prefix) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.list(caseDir)) {
            for (Path f : files.sorted().toList()) {
                if (Files.isRegularFile(f)) {
                    zip.putNextEntry(new ZipEntry(prefix + f.getFileName()));
                    zip.write(Files.readAllBytes(f));
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
