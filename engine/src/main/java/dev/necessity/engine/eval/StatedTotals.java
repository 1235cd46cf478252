package dev.necessity.engine.eval;

import dev.necessity.model.Finding;
import dev.necessity.model.FindingTypes;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A record's own count of the injections done in a period before it (a therapy finding of kind
 * {@code injection_total}: "She has had only one epidural injection in the past twelve months", "No
 * other spinal injections in the past year"). When the dated injections on record in that period are
 * exactly as many as it says, an undated mention in a record written by then cannot be another one
 * in the period: it re-tells a dated one, or is older than the period. So it is neither more recent than
 * the latest dated injection nor one more session in a window the statement's period covers.
 */
final class StatedTotals {
    private final CaseFacts facts;
    /** The case's count statements, found once: an accounting is asked for each undated mention. */
    private final List<Finding> statements;

    StatedTotals(CaseFacts facts) {
        this.facts = facts;
        this.statements = facts.ofType(FindingTypes.THERAPY).stream()
                .filter(f -> "injection_total".equals(f.attributes().get("kind")))
                .filter(Finding::asserted) // a hypothetical or someone else's statement is read as uncertain
                .toList();
    }

    /**
     * The statement that accounts for {@code undated}, given the test's {@code mentions} (dated and
     * not), when the period it covers reaches back at least to {@code windowStart} (null: any period).
     */
    Optional<Finding> accounting(Finding undated, Collection<Finding> mentions, LocalDate windowStart) {
        Optional<LocalDate> written = facts.documentDate(undated);
        if (statements.isEmpty() || written.isEmpty()) {
            return Optional.empty();
        }
        for (Finding statement : statements) {
            LocalDate said = facts.documentDate(statement).orElse(null);
            Integer months = statement.number("windowMonths").map(Double::intValue).orElse(null);
            if (said == null || months == null || written.get().isAfter(said)) {
                continue;
            }
            LocalDate from = said.minusMonths(months);
            if (windowStart != null && from.isAfter(windowStart)) {
                continue;
            }
            Set<LocalDate> dated = datedIn(mentions, from, said, null);
            int total = statement.number("count").map(Double::intValue)
                    .orElseGet(() -> statement.flag("noOthers")
                            ? datedIn(mentions, from, said, statement.document()).size() : -1);
            if (total >= 1 && dated.size() == total) {
                return Optional.of(statement);
            }
        }
        return Optional.empty();
    }

    /**
     * " “epidural injection”, undated, re-tells a dated one: note.txt says “only one epidural injection in the past
     * twelve months”" for each statement and the undated mentions it accounts for; how both the repeat rule and the
     * session count say why they set a mention aside.
     */
    static List<String> retellings(Map<Finding, List<Finding>> retold) {
        return retold.entrySet().stream().map(e -> Phrases.quotes(e.getValue()) + ", undated, "
                + (e.getValue().size() == 1 ? "re-tells" : "re-tell") + " a dated one: " + e.getKey().document() + " says "
                + Phrases.quotes(List.of(e.getKey()))).toList();
    }

    /** The distinct days of the dated mentions in (from, to], of one document when {@code document} is given. */
    private Set<LocalDate> datedIn(Collection<Finding> mentions, LocalDate from, LocalDate to, String document) {
        Set<LocalDate> days = new TreeSet<>();
        for (Finding f : mentions) {
            if (document != null && !document.equals(f.document())) {
                continue;
            }
            if (!f.string("datePrecision").orElse("day").equals("day")) {
                continue;
            }
            facts.ownDate(f).filter(d -> d.isAfter(from) && !d.isAfter(to)).ifPresent(days::add);
        }
        return days;
    }
}
