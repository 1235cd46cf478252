package dev.necessity.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.necessity.engine.trace.CriterionResult;
import dev.necessity.engine.trace.Determination;
import dev.necessity.engine.trace.Guidance;
import dev.necessity.engine.trace.LineDetermination;
import dev.necessity.model.EvidenceSpan;
import dev.necessity.policy.Source;
import java.util.List;

/** The determination JSON of contracts section 3 (with warnings, children and exclusions as extensions). */
public final class JsonRenderer {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ObjectNode toJson(Determination d, CitationIndex cites) {
        ObjectNode root = JSON.createObjectNode();
        root.put("caseId", d.caseId());
        root.put("outcome", d.outcome().name());
        root.put("requiresPhysicianReview", d.requiresPhysicianReview());
        ArrayNode warnings = root.putArray("warnings");
        d.warnings().forEach(w -> warnings.addObject().put("code", w.code()).put("file", w.file()).put("message", w.message()));
        ArrayNode lines = root.putArray("lines");
        d.lines().forEach(l -> lines.add(line(l, cites)));
        root.set("discordances", guidance(d.discordances(), cites));
        root.set("alternatives", guidance(d.alternatives(), cites));
        root.set("reconsideration", guidance(d.reconsideration(), cites));
        root.set("pitfalls", guidance(d.pitfalls(), cites));
        ArrayNode citations = root.putArray("citations");
        for (CitationIndex.Reference r : cites.references()) {
            Source s = r.source();
            ObjectNode c = citations.addObject();
            c.put("number", r.number());
            c.put("sourceId", s.id());
            c.put("title", s.title() == null ? s.citation() : s.title());
            c.put("publisher", s.publisher());
            if (s.year() == null) c.putNull("year"); else c.put("year", s.year());
            c.put("section", s.section());
            c.put("grade", r.grade());
            c.put("citation", s.citation());
            c.put("verified", s.verified());
        }
        return root;
    }

    public String render(Determination d, CitationIndex cites) {
        try {
            return JSON.writeValueAsString(toJson(d, cites)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode line(LineDetermination l, CitationIndex cites) {
        ObjectNode o = JSON.createObjectNode();
        o.put("sequence", l.line().sequence());
        o.put("code", l.line().code());
        o.put("outcome", l.outcome().name());
        o.put("policyId", l.policyId());
        o.put("policyVersion", l.policyVersion());
        if (l.primarySequence() == null) o.putNull("primarySequence"); else o.put("primarySequence", l.primarySequence());
        o.put("summary", l.summary());
        ArrayNode criteria = o.putArray("criteria");
        if (l.criteria() != null) {
            List<CriterionResult> top = l.criteria().children().isEmpty() ? List.of(l.criteria()) : l.criteria().children();
            top.forEach(c -> criteria.add(criterion(c, cites)));
        }
        ArrayNode exclusions = o.putArray("exclusions");
        l.exclusions().forEach(e -> exclusions.add(criterion(e, cites)));
        return o;
    }

    private ObjectNode criterion(CriterionResult c, CitationIndex cites) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", c.id());
        o.put("title", c.title());
        o.put("status", c.status().name());
        o.put("rationale", c.rationale());
        o.set("evidence", evidence(c.evidence()));
        ArrayNode nums = o.putArray("citations");
        cites.numbers(c.citations()).forEach(nums::add);
        if (c.settledBy() != null && c.status().failing()) {
            o.put("settledBy", c.settledBy());
        }
        if (!c.children().isEmpty()) {
            ArrayNode children = o.putArray("children");
            c.children().forEach(ch -> children.add(criterion(ch, cites)));
        }
        if (!c.waivers().isEmpty()) {
            ArrayNode waivers = o.putArray("waivers");
            c.waivers().forEach(w -> waivers.add(criterion(w, cites)));
        }
        return o;
    }

    private ArrayNode guidance(List<Guidance> items, CitationIndex cites) {
        ArrayNode arr = JSON.createArrayNode();
        for (Guidance g : items) {
            ObjectNode o = arr.addObject();
            o.put("text", g.text());
            if (g.title() != null) o.put("title", g.title());
            o.set("evidence", evidence(g.evidence()));
            ArrayNode nums = o.putArray("citations");
            cites.numbers(g.citations()).forEach(nums::add);
        }
        return arr;
    }

    private ArrayNode evidence(List<EvidenceSpan> spans) {
        ArrayNode arr = JSON.createArrayNode();
        for (EvidenceSpan e : spans) {
            ObjectNode o = arr.addObject();
            o.put("document", e.document());
            o.put("start", e.start());
            o.put("end", e.end());
            o.put("quote", e.quote());
        }
        return arr;
    }
}
