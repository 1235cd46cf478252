package dev.necessity.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.necessity.model.DocumentExtraction;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * {@code extract} output written one document at a time, so that nothing is held for the
 * whole input: the JSON form (contracts section 4) is the same pretty-printed object as before,
 * produced by a streaming generator instead of a tree of every document.
 */
interface ExtractionOutput {
    void begin();

    void document(DocumentExtraction extraction);

    void end();

    /** "== name (type, date): N findings" and then one line per finding. */
    final class Text implements ExtractionOutput {
        private final PrintWriter out;

        Text(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void begin() {
        }

        @Override
        public void document(DocumentExtraction r) {
            out.println("== " + r.document().name() + " (" + r.document().type() + ", "
                    + (r.document().date() == null ? "undated" : r.document().date()) + "): " + r.findings().size() + " findings");
            r.findings().forEach(f -> out.println(FindingJson.line(f)));
            out.flush();
        }

        @Override
        public void end() {
            out.flush();
        }
    }

    /** {"documents": [ ... ]}, each document flushed as soon as it is written. */
    final class Json implements ExtractionOutput {
        private final PrintWriter out;
        private JsonGenerator json;

        Json(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void begin() {
            try {
                json = FindingJson.JSON.getFactory().createGenerator(out)
                        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                        .setPrettyPrinter(new DefaultPrettyPrinter());
                json.writeStartObject();
                json.writeArrayFieldStart("documents");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void document(DocumentExtraction extraction) {
            try {
                json.writeTree(FindingJson.document(extraction));
                json.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void end() {
            try {
                json.writeEndArray();
                json.writeEndObject();
                json.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println();
            out.flush();
        }
    }
}
