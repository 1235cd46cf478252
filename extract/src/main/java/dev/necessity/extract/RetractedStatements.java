package dev.necessity.extract;

import dev.necessity.extract.text.AsciiCase;
import dev.necessity.extract.text.KeywordPrefilter;
import dev.necessity.extract.text.StruckText;
import dev.necessity.model.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note that retracts part of itself: an addendum saying a section was filled in from another visit and is wrong
 * ("ROS \"positive for fever, chills, fatigue ...\" was auto-populated from his 02/2026 influenza visit and is NOT
 * accurate for 10/12"), or an attending quoting the trainee's words to say they are wrong ("\"Completed course of PT
 * without benefit\" overstates what we know"). What it quotes documents nothing: the findings of the quoted words,
 * of those words wherever else the note has them verbatim, and of the section it names (written before the retraction)
 * where the quotation holds their words. A retraction that quotes nothing ("the copied-forward HPI ... does not
 * reflect current status") is left to the readers of what it names. The retraction's own statements stand. Text
 * struck through ({@link StruckText}) is withdrawn the same way.
 */
final class RetractedStatements {

    /** A statement that what it names is wrong. */
    private static final Pattern REFUTES = Pattern.compile("(?i)\\b(?:(?:is|are|was|were) not accurate|inaccurate|incorrect(?:ly)?|in error"
            + "|erroneous(?:ly)?|auto-?(?:populated|filled)|overstates?|does not reflect|did not reflect|does not describe|did not describe"
            + "|copied forward|(?:is|are|was|were) withdrawn)\\b"
            // A correction notice's list: '2. PMH: "Breast cancer, left, s/p mastectomy and chemotherapy 2019" - struck.'
            + "|[-\u2013\u2014] (?:removed|struck|deleted)\\b");
    /** A quotation of the words retracted, in straight or typographic quotation marks, on one line or two. */
    private static final Pattern QUOTED = Pattern.compile("[\"\\u201C]([^\"\\u201C\\u201D]{12,300}?)[\"\\u201D]");
    /** A section a retraction names, and the section labels of findings that belong to it. */
    private record Named(Pattern name, Set<String> sections) {
    }

    private static final List<Named> SECTIONS = List.of(
            new Named(Pattern.compile("(?i)\\b(?:ROS|review of systems)\\b"), Set.of("ROS", "REVIEW OF SYSTEMS")),
            new Named(Pattern.compile("(?i)\\b(?:HPI|history of present illness)\\b"), Set.of("HPI", "HISTORY OF PRESENT ILLNESS")),
            new Named(Pattern.compile("(?i)\\b(?:physical exam(?:ination)?|exam(?:ination)? findings)\\b"),
                    Set.of("EXAM", "PHYSICAL EXAM", "PHYSICAL EXAMINATION", "PE")));
    /** How far before the cue the retracted thing is named: the cue's own statement. */
    private static final int REACH = 240;
    /**
     * Retracted quotations looked for in one document, each searched for through the whole text: bounded so that work
     * stays linear in the document's length whatever it holds (a note retracts a few statements, not hundreds).
     */
    private static final int MAX_QUOTES = 16;

    private RetractedStatements() {
    }

    /** {@code findings} of one document, without those its retractions withdraw. */
    static List<Finding> apply(String text, List<Finding> findings) {
        if (findings.isEmpty() || text.length() < 40) {
            return findings;
        }
        List<int[]> struck = StruckText.passages(text);
        // Most documents retract nothing: their lower-cased text lacks every cue's literals, and the alternation is not run.
        Matcher cue = REFUTES.matcher(text);
        if (!KeywordPrefilter.mayMatch(REFUTES, AsciiCase.lower(text)) || !cue.find()) {
            return struck.isEmpty() ? findings : without(findings, struck, List.of());
        }
        List<int[]> withdrawn = new ArrayList<>();
        List<Retraction> inSections = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        do {
            int from = statementStart(text, cue.start());
            String claim = text.substring(from, cue.start());
            Matcher q = QUOTED.matcher(text).region(from, Math.min(text.length(), cue.end() + 40));
            while (q.find() && withdrawn.size() < MAX_QUOTES) {
                if (q.start() > cue.start() && q.start() - cue.end() > 2) {
                    break; // a quotation after the cue's own clause is the correction, not what it retracts
                }
                withdrawn.add(new int[] {q.start(1), q.end(1)});
                String words = q.group(1).toLowerCase(Locale.ROOT);
                for (int at = lower.indexOf(words); at >= 0 && withdrawn.size() < 4 * MAX_QUOTES; at = lower.indexOf(words, at + words.length())) {
                    withdrawn.add(new int[] {at, at + words.length()});
                }
                // The section it names, retold in other words: 'ROS "positive for fever, chills, fatigue, congestion"'
                // retracts the ROS's "Positive for fever, chills and fatigue": each finding of that section written
                // before the retraction whose words the quotation holds.
                for (Named named : SECTIONS) {
                    if (named.name().matcher(claim).find()) {
                        inSections.add(new Retraction(named.sections(), from, words));
                    }
                }
            }
        } while (withdrawn.size() < MAX_QUOTES && cue.find());
        withdrawn.addAll(struck);
        return withdrawn.isEmpty() ? findings : without(findings, withdrawn, inSections);
    }

    private static List<Finding> without(List<Finding> findings, List<int[]> withdrawn, List<Retraction> inSections) {
        List<int[]> ranges = merged(withdrawn);
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (!inAny(f, ranges) && inSections.stream().noneMatch(r -> r.withdraws(f))) {
                out.add(f);
            }
        }
        return out.size() == findings.size() ? findings : out;
    }

    /** A quotation retracting words of a section written before {@code before}. */
    private record Retraction(Set<String> sections, int before, String words) {
        boolean withdraws(Finding f) {
            String section = f.section() == null ? "" : f.section().toUpperCase(Locale.ROOT);
            return f.span().start() < before && sections.contains(section)
                    && words.contains(f.quote().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        }
    }

    /** The start of the statement holding {@code at}: after the last sentence end or blank line, at most {@link #REACH} back. */
    private static int statementStart(String text, int at) {
        int limit = Math.max(0, at - REACH);
        for (int i = at - 1; i > limit; i--) {
            char c = text.charAt(i);
            if (c == '\n' && i > 0 && text.charAt(i - 1) == '\n' || (c == '.' || c == '!' || c == '?') && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        return limit;
    }

    /** {@code ranges} sorted and joined where they overlap, so one binary search places a finding. */
    private static List<int[]> merged(List<int[]> ranges) {
        List<int[]> sorted = new ArrayList<>(ranges);
        sorted.sort(java.util.Comparator.comparingInt(r -> r[0]));
        List<int[]> out = new ArrayList<>(sorted.size());
        for (int[] r : sorted) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && r[0] <= last[1]) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                out.add(new int[] {r[0], r[1]});
            }
        }
        return out;
    }

    /** Whether {@code f} starts inside one of {@code ranges} (sorted, disjoint). */
    private static boolean inAny(Finding f, List<int[]> ranges) {
        int at = f.span().start();
        int lo = 0;
        int hi = ranges.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] r = ranges.get(mid);
            if (at < r[0]) {
                hi = mid - 1;
            } else if (at >= r[1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

}
