package dev.necessity.extract.therapy;

import dev.necessity.extract.DocumentReading;
import dev.necessity.extract.text.Sentence;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence sits under a plan label the upper-case section grammar does not see: a
 * mixed-case or one-letter label at line start ("Plan:", "P:", "Recommendations:", "Recs:") that
 * is the last line label before the sentence. "A: ... / P: L4-5 ESI under fluoroscopy" is a plan.
 */
final class PlanContext {

    private static final Pattern LABEL = Pattern.compile("(?m)^[ \\t]{0,8}([A-Za-z][A-Za-z /&]{0,30}?|[A-Z])[ \\t]{0,4}:");
    private static final Pattern PLAN = Pattern.compile("(?i)^(?:plan|p|plans|treatment plan|plan of care|recommendations?|recs?|impression and plan|"
            + "assessment and plan|a/p|a ?& ?p)$");

    private PlanContext() {
    }

    static boolean isPlan(DocumentReading reading, Sentence s) {
        String text = reading.document().text();
        Matcher m = LABEL.matcher(text);
        String last = null;
        while (m.find() && m.start() <= s.start()) {
            last = m.group(1).trim();
        }
        return last != null && PLAN.matcher(last).matches();
    }
}
