package dev.necessity.cli.synth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;

/**
 * Writes N synthetic case directories, each with request.json, its documents and an
 * expected.yaml. The same seed always writes the same cases, byte for byte.
 */
public final class Synthesizer {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final LocalDate EPOCH = LocalDate.of(2026, 1, 5);

    public void write(Path out, int count, long seed) throws IOException {
        Files.createDirectories(out);
        for (int i = 0; i < count; i++) {
            // One generator per case, seeded from (seed, i): any case can be regenerated alone.
            Phrasing p = new Phrasing(new Random(mix(seed * 1_000_003L + i)));
            writeCase(out.resolve(String.format("synth-%06d", i)), i, p);
        }
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

    private void writeCase(Path dir, int i, Phrasing p) throws IOException {
        Files.createDirectories(dir);
        FusionScenario scenario = new FusionScenario(p);
        FusionScenario.Facts facts = scenario.draw();
        LocalDate request = EPOCH.plusDays(p.between(0, 300));
        Map<String, String> docs = scenario.documents(facts, request);
        ObjectNode r = JSON.createObjectNode();
        r.put("caseId", "synth-" + i);
        r.put("requestDate", request.toString());
        r.putObject("patient").put("id", "S-" + i).put("birthDate", "1970-01-01").put("sex", p.pick("female", "male"));
        ArrayNode services = r.putArray("services");
        ObjectNode fusion = services.addObject();
        fusion.put("sequence", 1).put("code", p.pick("22558", "22612", "22630", "22633")).put("system", "CPT")
                .put("description", "Lumbar fusion " + facts.level());
        fusion.putArray("levels").add(facts.level());
        services.addObject().put("sequence", 2).put("code", "20930").put("system", "CPT").put("primarySequence", 1);
        r.putArray("diagnoses").addObject().put("code", "M48.062").put("system", "ICD-10-CM")
                .put("description", "Spinal stenosis, lumbar region with neurogenic claudication");
        ArrayNode documents = r.putArray("documents");
        for (String name : docs.keySet()) {
            String type = name.startsWith("mri") ? "imaging" : name.startsWith("pt") ? "therapy-note" : "clinical-note";
            documents.addObject().put("file", name).put("type", type);
            Files.writeString(dir.resolve(name), docs.get(name), StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("request.json"), JSON.writeValueAsString(r) + "\n", StandardCharsets.UTF_8);
        String outcome = FusionScenario.expected(facts);
        Files.writeString(dir.resolve("expected.yaml"), "# " + facts + "\noutcome: " + outcome
                + "\nlines: { 1: " + outcome + ", 2: " + outcome + " }\n", StandardCharsets.UTF_8);
    }
}
