package dev.necessity.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The extractor's tab-separated data files, read one way: a classpath resource in UTF-8, blank
 * lines and lines starting with {@code #} skipped, each other line split on tabs. Each reader keeps
 * its own columns and checks; a malformed row is reported as "resource:line: message" through
 * {@link Row#error}.
 */
public final class TsvResource {

    private TsvResource() {
    }

    /** One data line: its 1-based line number in the file, the line as written, and its tab-separated columns. */
    public static final class Row {
        private final String resource;
        private final int line;
        private final String text;
        private final String[] columns;

        Row(String resource, int line, String text) {
            this.resource = resource;
            this.line = line;
            this.text = text;
            this.columns = text.split("\t");
        }

        /** The line number in the file, counting blank and comment lines. */
        public int line() {
            return line;
        }

        /** The line as written. */
        public String text() {
            return text;
        }

        /** The columns as {@code String.split("\t")} gives them: untrimmed, trailing empty columns dropped. */
        public String[] columns() {
            return columns.clone();
        }

        /** The exception for a malformed row: "resource:line: message". */
        public IllegalStateException error(String message) {
            return new IllegalStateException(resource + ":" + line + ": " + message);
        }
    }

    /** The data rows of {@code resource} (an absolute classpath path), in file order. */
    public static List<Row> rows(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            int n = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                n++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(new Row(resource, n, line));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
