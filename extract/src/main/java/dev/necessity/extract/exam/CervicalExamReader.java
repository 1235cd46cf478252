package dev.necessity.extract.exam;

import dev.necessity.extract.imaging.Sides;
import dev.necessity.extract.negation.Modifiers;
import dev.necessity.extract.spi.ClinicalSections;
import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.spi.FindingDraft;
import dev.necessity.extract.spi.FindingReader;
import dev.necessity.extract.text.Sentence;
import dev.necessity.model.FindingTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs of the cervical examination the general neurological reader does not name: the Spurling
 * test ("Spurling test positive on the right", "Spurling maneuver is negative on both sides",
 * "Spurling + R", "negative Spurling's") as exam kind {@code spurling}, and hyperreflexia named as
 * such ("She has hyperreflexia in her lower extremities", "hyperreflexic throughout") as a reflex
 * exam with result {@code increased}; "no hyperreflexia" reads as a normal reflex.
 */
public final class CervicalExamReader implements FindingReader {

    private static final Pattern SPURLING = Pattern.compile("(?i)\\bSpurling'?s?(?: (?:test|sign|maneuver|manoeuvre|testing))?");
    private static final Pattern RESULT = Pattern.compile("(?i)\\b(positive|negative|neg|pos|normal|reproduc\\w*|absent)\\b|(?<=\\s)([+-])(?=\\s|$|[.,;])");
    private static final Pattern HYPERREFLEXIA = Pattern.compile("(?i)\\bhyper-?reflexi(?:a|c)\\b");
    private static final Pattern CLAUSE_STOP = Pattern.compile("[;.]|\\bbut\\b");
    private static final int AFTER = 40;
    private static final int BEFORE = 20;

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.EXAM);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        for (Sentence s : reading.sentences()) {
            if (ClinicalSections.isFamilyHistory(s) || s.inSection("GOAL")) {
                continue;
            }
            Matcher sp = s.matcher(SPURLING);
            if (sp.find()) {
                FindingDraft d = spurling(reading, s, sp);
                if (d != null) {
                    out.add(d);
                }
            }
            Matcher h = s.matcher(HYPERREFLEXIA);
            if (h.find()) {
                Modifiers m = reading.modifiers(s, h.start(), h.end());
                String window = s.text().substring(h.start(), Math.min(s.text().length(), h.end() + 40));
                out.add(reading.draft(FindingTypes.EXAM, s, h.start(), h.end())
                        .modifiers(new Modifiers(false, m.uncertain(), m.historical(), -1))
                        .attr("kind", "reflex").attr("result", m.negated() ? "normal" : "increased").attr("side", Sides.in(window)));
            }
        }
        return out;
    }

    private FindingDraft spurling(DocumentReading reading, Sentence s, Matcher a) {
        String text = s.text();
        int end = clauseEnd(text, a.end());
        Matcher r = RESULT.matcher(text).region(a.end(), end);
        int from = a.start();
        int to = a.end();
        String word = null;
        if (r.find()) {
            word = r.group().trim();
            to = r.end();
        } else {
            Matcher before = RESULT.matcher(text).region(Math.max(0, a.start() - BEFORE), a.start());
            while (before.find()) {
                word = before.group().trim();
                from = before.start();
            }
        }
        Modifiers m = reading.modifiers(s, a.start(), a.end());
        if (word == null && !m.negated()) {
            return null;
        }
        String w = word == null ? "" : word.toLowerCase(Locale.ROOT);
        boolean positive = !m.negated() && (w.startsWith("pos") || w.startsWith("reproduc") || w.equals("+"));
        String side = Sides.in(text.substring(from, Math.min(text.length(), Math.max(to, end))));
        if (side == null) {
            side = sideLetter(text.substring(to, Math.min(text.length(), to + 4)));
        }
        return reading.draft(FindingTypes.EXAM, s, from, to).modifiers(new Modifiers(false, m.uncertain(), m.historical(), -1))
                .attr("kind", "spurling").attr("result", positive ? "positive" : "negative").attr("side", side);
    }

    private static final Pattern SIDE_LETTER = Pattern.compile("^ ?([RL])\\b");

    /** Shorthand "Spurling + R". */
    private static String sideLetter(String after) {
        Matcher m = SIDE_LETTER.matcher(after);
        return m.find() ? (m.group(1).equals("R") ? "right" : "left") : null;
    }

    private static int clauseEnd(String text, int from) {
        Matcher stop = CLAUSE_STOP.matcher(text).region(from, Math.min(text.length(), from + AFTER));
        return stop.find() ? stop.start() : Math.min(text.length(), from + AFTER);
    }
}
