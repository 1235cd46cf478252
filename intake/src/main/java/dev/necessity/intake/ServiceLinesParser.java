package dev.necessity.intake;

import dev.necessity.intake.CaseInputException.Code;
import dev.necessity.model.ServiceLine;
import dev.necessity.model.SpinalLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Parses the "services" array and checks that the lines hold together: at least one line,
 * unique positive sequence numbers, every primarySequence naming another line, and no chain of
 * primarySequence links coming back to where it started (an add-on must lead to a primary line;
 * in a cycle no line is primary, and the engine would judge each add-on without one).
 * A line without "sequence" takes its 1-based position in the array.
 */
final class ServiceLinesParser {

    private static final Set<String> SERVICE_FIELDS = Set.of("sequence", "code", "system", "description",
            "levels", "primarySequence");

    private final JsonFields root;

    ServiceLinesParser(JsonFields root) {
        this.root = root;
    }

    List<ServiceLine> parse() {
        if (!root.has("services")) {
            throw root.problem(Code.MISSING_FIELD, "missing required field 'services'");
        }
        List<JsonFields> entries = root.optionalObjects("services");
        if (entries.isEmpty()) {
            throw root.problem(Code.INVALID_SERVICE_LINES, "services must list at least one service line");
        }
        List<ServiceLine> lines = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            lines.add(line(entries.get(i), i + 1));
        }
        requireUniqueSequences(entries, lines);
        requirePrimariesExist(entries, lines);
        requireNoCycles(entries, lines);
        return lines;
    }

    private static ServiceLine line(JsonFields service, int position) {
        service.rejectUnknown(SERVICE_FIELDS);
        Integer sequence = service.optionalInt("sequence");
        if (sequence != null && sequence < 1) {
            throw service.invalid(service.path("sequence") + " " + sequence + " must be 1 or more");
        }
        return new ServiceLine(sequence == null ? position : sequence, service.requiredText("code").strip(),
                service.optionalText("system"), service.optionalText("description"), levels(service),
                service.optionalInt("primarySequence"));
    }

    private static List<SpinalLevel> levels(JsonFields service) {
        List<String> texts = service.optionalTexts("levels");
        List<SpinalLevel> levels = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            String field = service.path("levels") + "[" + i + "]";
            levels.add(SpinalLevel.parse(text).orElseThrow(() -> service.invalid(field + " '" + JsonFields.shorten(text)
                    + "' is not a spinal level (expected e.g. L4-L5, L5-S1, C5-C6)")));
        }
        return levels;
    }

    private static void requireUniqueSequences(List<JsonFields> entries, List<ServiceLine> lines) {
        Map<Integer, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Integer earlier = firstIndex.putIfAbsent(lines.get(i).sequence(), i);
            if (earlier != null) {
                throw entries.get(i).problem(Code.INVALID_SERVICE_LINES, "services[" + i + "].sequence "
                        + lines.get(i).sequence() + " duplicates services[" + earlier + "].sequence");
            }
        }
    }

    private static void requireNoCycles(List<JsonFields> entries, List<ServiceLine> lines) {
        Map<Integer, Integer> primaryOf = new HashMap<>();
        lines.forEach(line -> primaryOf.put(line.sequence(), line.primarySequence()));
        for (int i = 0; i < lines.size(); i++) {
            List<Integer> chain = new ArrayList<>();
            Integer at = lines.get(i).sequence();
            while (at != null && !chain.contains(at)) {
                chain.add(at);
                at = primaryOf.get(at);
            }
            if (at != null && at.equals(lines.get(i).sequence())) {
                chain.add(at);
                throw entries.get(i).problem(Code.INVALID_SERVICE_LINES, "primarySequence links form a cycle (line "
                        + chain.stream().map(String::valueOf).collect(Collectors.joining(" -> line "))
                        + "); an add-on must lead to a primary line");
            }
        }
    }

    private static void requirePrimariesExist(List<JsonFields> entries, List<ServiceLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            ServiceLine line = lines.get(i);
            Integer primary = line.primarySequence();
            if (primary == null) {
                continue;
            }
            String field = entries.get(i).path("primarySequence");
            if (primary == line.sequence()) {
                throw entries.get(i).problem(Code.INVALID_SERVICE_LINES, field + " " + primary
                        + " points to its own line; an add-on must point to its primary line");
            }
            if (lines.stream().noneMatch(other -> other.sequence() == primary)) {
                throw entries.get(i).problem(Code.INVALID_SERVICE_LINES, field + " " + primary
                        + " points to no service line");
            }
        }
    }
}
