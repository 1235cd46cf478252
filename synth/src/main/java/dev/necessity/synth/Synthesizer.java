package dev.necessity.synth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.necessity.engine.Engine;
import dev.necessity.engine.trace.Determination;
import dev.necessity.intake.CaseReader;
import dev.necessity.policy.KnowledgeLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Writes N synthetic case directories, each with request.json, its documents and an
 * expected.yaml (the scenario's policy, the expected outcome for the case and per line, and the
 * drawn facts as a comment). The same seed always writes the same cases, byte for byte.
 */
public final class Synthesizer {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final LocalDate EPOCH = LocalDate.of(2026, 1, 5);
    private static final CaseReader READER = new CaseReader();
    /** The built-in knowledge base whose policies the scenarios exercise, loaded on first use (holder idiom). */
    private static final class Knowledge {
        static final Engine ENGINE = new Engine(KnowledgeLoader.builtIn());
    }

    public void write(Path out, int count, long seed) throws IOException {
        write(out, count, seed, List.of());
    }

    /**
     * Writes {@code count} cases drawn from the scenarios of {@code policies} (every scenario when
     * empty), each case's scenario chosen by its own seeded generator.
     *
     * @throws IllegalArgumentException when a policy has no scenario
     */
    public void write(Path out, int count, long seed, List<String> policies) throws IOException {
        List<Scenarios.Kind> kinds = Scenarios.select(policies);
        Files.createDirectories(out);
        for (int i = 0; i < count; i++) {
            // One generator per case, seeded from (seed, i): any case can be regenerated alone.
            Phrasing p = new Phrasing(new Random(mix(seed * 1_000_003L + i)));
            Scenarios.Kind kind = kinds.size() == 1 ? kinds.get(0) : p.pick(kinds);
            writeCase(out.resolve(String.format("synth-%06d", i)), i, p, kind);
        }
    }

    /** The policy ids {@code synth} has scenarios for. */
    public static List<String> policies() {
        return Scenarios.ALL.stream().map(Scenarios.Kind::policy).toList();
    }

    /**
     * SplitMix64's finaliser: java.util.Random's first draws from consecutive seeds are nearly
     * equal, which would give every case the same first choice.
     */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private void writeCase(Path dir, int i, Phrasing p, Scenarios.Kind kind) throws IOException {
        Files.createDirectories(dir);
        LocalDate request = EPOCH.plusDays(p.between(0, 300));
        SynthCase c = kind.make().apply(p).draw(request);
        ObjectNode r = JSON.createObjectNode();
        r.put("caseId", "synth-" + i);
        r.put("requestDate", request.toString());
        r.putObject("patient").put("id", "S-" + i).put("birthDate", c.birthDate())
                .put("sex", p.pick("female", "male"));
        ArrayNode services = r.putArray("services");
        for (SynthCase.Service s : c.services()) {
            ObjectNode line = services.addObject();
            line.put("sequence", s.sequence()).put("code", s.code()).put("system", "CPT");
            if (s.description() != null) {
                line.put("description", s.description());
            }
            if (!s.levels().isEmpty()) {
                ArrayNode levels = line.putArray("levels");
                s.levels().forEach(levels::add);
            }
            if (s.primarySequence() > 0) {
                line.put("primarySequence", s.primarySequence());
            }
        }
        ArrayNode diagnoses = r.putArray("diagnoses");
        for (SynthCase.Diagnosis d : c.diagnoses()) {
            diagnoses.addObject().put("code", d.code()).put("system", "ICD-10-CM").put("description", d.description());
        }
        ArrayNode documents = r.putArray("documents");
        for (SynthCase.Document d : c.documents()) {
            documents.addObject().put("file", d.file()).put("type", d.type());
            Files.writeString(dir.resolve(d.file()), d.text(), StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("request.json"), JSON.writeValueAsString(r) + "\n", StandardCharsets.UTF_8);
        // The expectation: the policy's own tree over the statuses the scenario declares from its facts.
        Determination expected = Knowledge.ENGINE.assess(READER.read(dir), List.of(),
                Expectations.of(kind.policy()).declared(c.lineFacts()));
        StringBuilder lines = new StringBuilder();
        expected.lines().stream().sorted(Comparator.comparingInt(l -> l.line().sequence())).forEach(l ->
                lines.append(lines.length() == 0 ? "" : ", ").append(l.line().sequence()).append(": ").append(l.outcome().name()));
        Files.writeString(dir.resolve("expected.yaml"), "# " + c.facts() + "\npolicy: " + kind.policy()
                + "\noutcome: " + expected.outcome().name() + "\nlines: { " + lines + " }\n", StandardCharsets.UTF_8);
    }
}
