package dev.necessity.extract;

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
 * reflect current status") is left to the readers of what it names. The retraction's own statements stand.
 */
final class RetractedStatements {

    /** A statement that what it names is wrong. */
    private static final Pattern REFUTES = Pattern.compile("(?i)\\b(?:(?:is|are|was|were) not accurate|inaccurate|incorrect(?:ly)?|in error"
            + "|erroneous(?:ly)?|auto-?(?:populated|filled)|overstates?|does not reflect|did not reflect)\\b");
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
        Matcher cue = REFUTES.matcher(text);
        if (!cue.find()) {
            return findings;
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
        if (withdrawn.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (!inAny(f, withdrawn) && inSections.stream().noneMatch(r -> r.withdraws(f))) {
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

    private static boolean inAny(Finding f, List<int[]> ranges) {
        for (int[] r : ranges) {
            if (f.span().start() >= r[0] && f.span().start() < r[1]) {
                return true;
            }
        }
        return false;
    }

}
