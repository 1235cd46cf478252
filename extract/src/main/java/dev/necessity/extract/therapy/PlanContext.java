package dev.necessity.extract.therapy;

import dev.necessity.extract.DocumentReading;
import dev.necessity.extract.text.Sentence;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence sits under a plan label the upper-case section grammar does not see: a
 * mixed-case or one-letter label at line start ("Plan:", "P:", "Recommendations:", "Recs:") that
 * is the last line label before the sentence. "A: ... / P: L4-5 ESI under fluoroscopy" is a plan, and so is
 * a requested-procedure label or a line naming the CPT code ("Procedure: R L5-S1 TFESI  CPT: 64483"): the
 * service being asked for is never a prior one.
 */
final class PlanContext {

    private static final Pattern LABEL = Pattern.compile("(?m)^[ \\t]{0,8}([A-Za-z][A-Za-z /&]{0,30}?|[A-Z])[ \\t]{0,4}:");
    private static final Pattern PLAN = Pattern.compile("(?i)^(?:plan|p|plans|treatment plan|plan of care|recommendations?|recs?|impression and plan|"
            + "assessment and plan|a/p|a ?& ?p|requested procedures?|procedures? requested|requested services?|planned procedures?|"
            + "proposed procedures?|procedures? planned)$");
    /** A CPT code named with the procedure: an order or authorization line, the service being requested, not one done. */
    private static final Pattern CPT = Pattern.compile("\\bCPT(?: code)?[ \\t]{0,3}[:#]?[ \\t]{0,3}\\d{5}\\b");

    private PlanContext() {
    }

    static boolean isPlan(DocumentReading reading, Sentence s) {
        if (s.text().contains("CPT") && s.finds(CPT)) {
            return true;
        }
        String text = reading.document().text();
        Matcher m = LABEL.matcher(text);
        String last = null;
        while (m.find() && m.start() <= s.start()) {
            last = m.group(1).trim();
        }
        return last != null && PLAN.matcher(last).matches();
    }
}
