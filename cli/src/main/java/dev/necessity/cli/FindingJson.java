package dev.necessity.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.necessity.model.DocumentExtraction;
import dev.necessity.model.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Extraction JSON (contracts section 4): one flat object per finding, attributes inlined. */
final class FindingJson {
    static final ObjectMapper JSON = new ObjectMapper();

    private FindingJson() {
    }

    static ObjectNode document(DocumentExtraction e) {
        ObjectNode d = JSON.createObjectNode();
        d.put("document", e.document().name());
        d.put("type", e.document().type().wireName());
        d.put("date", e.document().date() == null ? null : e.document().date().toString());
        ArrayNode findings = d.putArray("findings");
        e.findings().forEach(f -> findings.add(finding(f)));
        return d;
    }

    static ObjectNode finding(Finding f) {
        ObjectNode o = JSON.createObjectNode();
        o.put("type", f.type());
        o.put("level", f.level() == null ? null : f.level().toString());
        for (Map.Entry<String, Object> a : f.attributes().entrySet()) {
            put(o, a.getKey(), a.getValue());
        }
        o.put("negated", f.negated());
        o.put("uncertain", f.uncertain());
        o.put("historical", f.historical());
        o.put("section", f.section());
        o.put("quote", f.quote());
        o.put("start", f.span().start());
        o.put("end", f.span().end());
        return o;
    }

    private static void put(ObjectNode o, String key, Object v) {
        if (v instanceof Integer i) o.put(key, i);
        else if (v instanceof Long l) o.put(key, l);
        else if (v instanceof Double d) o.put(key, d);
        else if (v instanceof Boolean b) o.put(key, b);
        else if (v instanceof LocalDate d) o.put(key, d.toString());
        else if (v instanceof List<?> list) {
            ArrayNode arr = o.putArray(key);
            list.forEach(x -> arr.add(String.valueOf(x)));
        } else o.put(key, v == null ? null : v.toString());
    }

    /** One readable line per finding for the text format. */
    static String line(Finding f) {
        StringBuilder s = new StringBuilder();
        s.append(String.format("%6d-%-6d %-18s %-6s", f.span().start(), f.span().end(), f.type(), f.level() == null ? "-" : f.level()));
        f.attributes().forEach((k, v) -> s.append(' ').append(k).append('=').append(v));
        if (f.negated()) s.append(" NEGATED");
        if (f.uncertain()) s.append(" UNCERTAIN");
        if (f.historical()) s.append(" HISTORICAL");
        s.append("  \u201c").append(f.quote().replaceAll("\\s+", " ")).append('\u201d');
        return s.toString();
    }
}
