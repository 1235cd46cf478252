package dev.necessity.app.policytest;

import dev.necessity.engine.trace.CriterionResult;
import dev.necessity.engine.trace.Determination;
import dev.necessity.engine.trace.LineDetermination;
import dev.necessity.policy.KnowledgeException;
import dev.necessity.policy.YamlTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a policy test case expects ({@code expected.yaml}): the overall outcome, line outcomes by
 * sequence, and the status of the criteria that matter, by criterion id.
 *
 * <pre>
 * outcome: NOT_MEDICALLY_NECESSARY
 * lines: { 1: NOT_MEDICALLY_NECESSARY, 2: NOT_MEDICALLY_NECESSARY }
 * criteria: { imaging-stenosis-grade: NOT_MET, conservative-care: NOT_MET }
 * </pre>
 */
record Expectation(String outcome, Map<Integer, String> lines, Map<String, String> criteria) {

    static Expectation read(Path file) {
        if (!Files.exists(file)) {
            throw new IllegalArgumentException("expected.yaml is missing");
        }
        Map<Object, Object> doc = asMap(parse(file));
        Map<Integer, String> lines = new LinkedHashMap<>();
        asMap(doc.get("lines")).forEach((k, v) -> lines.put(Integer.parseInt(k.toString()), v.toString()));
        Map<String, String> criteria = new LinkedHashMap<>();
        asMap(doc.get("criteria")).forEach((k, v) -> criteria.put(k.toString(), v.toString()));
        Object outcome = doc.get("outcome");
        if (outcome == null && lines.isEmpty() && criteria.isEmpty()) {
            throw new IllegalArgumentException("expected.yaml asserts nothing (give outcome, lines or criteria)");
        }
        return new Expectation(outcome == null ? null : outcome.toString(), lines, criteria);
    }

    List<String> mismatches(Determination d) {
        List<String> out = new ArrayList<>();
        if (outcome != null && !outcome.equals(d.outcome().name())) {
            out.add("outcome: expected " + outcome + ", got " + d.outcome());
        }
        lines.forEach((seq, want) -> {
            Optional<LineDetermination> line = d.lines().stream().filter(l -> l.line().sequence() == seq).findFirst();
            String got = line.map(l -> l.outcome().name()).orElse("no such line");
            if (!want.equals(got)) {
                out.add("line " + seq + ": expected " + want + ", got " + got + line.map(l -> " (" + l.summary() + ")").orElse(""));
            }
        });
        criteria.forEach((id, want) -> {
            Optional<CriterionResult> c = d.lines().stream().filter(l -> l.criteria() != null)
                    .flatMap(LineDetermination::results)
                    .filter(r -> r.id().equals(id)).findFirst();
            String got = c.map(r -> r.status().name()).orElse("not evaluated");
            if (!want.equals(got)) {
                out.add("criterion " + id + ": expected " + want + ", got " + got + c.map(r -> " (" + r.rationale() + ")").orElse(""));
            }
        });
        return out;
    }

    /**
     * expected.yaml as plain data, read by the knowledge base's own YAML reader: the same limits, and
     * a syntax error as one {@code expected.yaml:line:col} line rather than SnakeYAML's several.
     */
    private static Object parse(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("expected.yaml is not valid UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("expected.yaml is empty");
        }
        try {
            return YamlTree.parse("expected.yaml", text).toPlain();
        } catch (KnowledgeException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> asMap(Object o) {
        return o instanceof Map<?, ?> m ? (Map<Object, Object>) m : Map.of();
    }
}
