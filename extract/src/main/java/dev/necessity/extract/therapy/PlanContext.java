package dev.necessity.extract.therapy;

import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.text.Sentence;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence sits under a plan label the upper-case section grammar does not see: a
 * mixed-case or one-letter label at line start ("Plan:", "P:", "Recommendations:", "Recs:") that
 * is the last line label before the sentence. "A: ... / P: L4-5 ESI under fluoroscopy" is a plan, and so is
 * a requested-procedure label or a line naming the CPT code ("Procedure: R L5-S1 TFESI  CPT: 64483"): the
 * service being asked for is never a prior one. In a form made before a procedure (a consent, a scheduling sheet,
 * a pre-procedure evaluation), its "Procedure:" line is that procedure, still to come.
 */
final class PlanContext {

    /**
     * A line label, or the dated header of a chart entry ({@link ChartEntries}) ("11/18/2025  PROCEDURE - L4-5 ILESI #1", "12/16/2025  FOLLOW-UP"),
     * which starts a new visit and so ends the last visit's "P:".
     */
    private static final Pattern LABEL = Pattern.compile("(?m)^[ \\t]{0,8}(?:([A-Za-z][A-Za-z /&]{0,30}?|[A-Z])[ \\t]{0,4}:"
            + "|" + ChartEntries.HEADER + ")");
    private static final Pattern PLAN = Pattern.compile("(?i)^(?:plan|p|plans|treatment plan|plan of care|recommendations?|recs?|impression and plan|"
            + "assessment and plan|a/p|a ?& ?p|requested procedures?|procedures? requested|requested services?|planned procedures?|"
            + "proposed procedures?|procedures? planned|referrals?|new referrals?|orders?|orders placed"
            // A plan carried over or revised: "Plan unchanged: left L4-5 TFESI ...", "Scheduled service: L TFESI (pending auth)".
            + "|plan unchanged|plan remains|updated plan|revised plan|plan going forward|scheduled services?|scheduled procedures?"
            + "|procedures? scheduled|pending procedures?"
            // As records written from other languages label the plan: "Proposal: epidural steroid infiltration ...", "Conduct: ...".
            + "|proposal|proposals|therapeutic proposal|proposed treatment|therapeutic plan|conduct|therapeutic conduct)$");
    /**
     * A form made before a procedure (a consent, a scheduling or booking sheet, a pre-procedure or pre-operative
     * evaluation, an order), named near the top of the document: its "Procedure:" line is the procedure to come.
     */
    private static final Pattern PRE_PROCEDURE_FORM = Pattern.compile("(?i)\\b(?:informed consent|consent (?:for|to)|scheduling|booking|"
            + "pre-?procedure|pre-?operative|pre-?op|pre-?admission|order form|requisition)\\b");
    private static final Pattern PROCEDURE_LABEL = Pattern.compile("(?i)^(?:procedures?|proc|procedure name|scheduled procedures?)$");
    /** A CPT code named with the procedure: an order or authorization line, the service being requested, not one done. */
    private static final Pattern CPT = Pattern.compile("\\bCPT(?: code)?[ \\t]{0,3}[:#]?[ \\t]{0,3}\\d{5}\\b");

    private PlanContext() {
    }

    static boolean isPlan(DocumentReading reading, Sentence s) {
        if (s.text().contains("CPT") && s.finds(CPT)) {
            return true;
        }
        return reading.once(PlanContext.class, () -> Labels.of(reading.text())).planAt(s.start());
    }

    /**
     * The document's line labels, found in one pass: where each starts and whether it names a plan.
     * Each sentence asks for the last one starting at or before it, by binary search, instead of
     * rescanning the document from its start (which made a long note quadratic in its sentences).
     */
    private record Labels(int[] starts, boolean[] plans) {
        static Labels of(String text) {
            boolean preProcedure = PRE_PROCEDURE_FORM.matcher(text).region(0, Math.min(text.length(), 400)).find();
            Matcher m = LABEL.matcher(text);
            int[] starts = new int[16];
            boolean[] plans = new boolean[16];
            int n = 0;
            while (m.find()) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                    plans = Arrays.copyOf(plans, n * 2);
                }
                starts[n] = m.start();
                String label = m.group(1) == null ? "" : m.group(1).trim();
                plans[n] = PLAN.matcher(label).matches() || preProcedure && PROCEDURE_LABEL.matcher(label).matches();
                n++;
            }
            return new Labels(Arrays.copyOf(starts, n), Arrays.copyOf(plans, n));
        }

        /** Whether the last label starting at or before {@code offset} names a plan; false when none does. */
        boolean planAt(int offset) {
            int i = Arrays.binarySearch(starts, offset);
            // Label starts are distinct: an exact hit is that label; otherwise the one before the insertion point.
            int last = i >= 0 ? i : -i - 2;
            return last >= 0 && plans[last];
        }
    }
}
