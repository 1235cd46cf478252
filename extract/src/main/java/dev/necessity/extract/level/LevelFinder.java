package dev.necessity.extract.level;

import dev.necessity.extract.text.AsciiCase;
import dev.necessity.extract.text.KeywordPrefilter;
import dev.necessity.model.SpinalLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds spinal levels in a sentence in any spelling: L4-5, L4/5, L4-L5, L5-S1, L5S1, T12-L1,
 * "L4 on L5", lists ("L3-4 and L4-5", "L1-L2, L2-L3, and L3-L4"), ranges ("L3 through L5",
 * "T12-L1 through L3-L4", "from L2 to L5"), endplate pairs ("inferior endplate of L5 and superior
 * endplate of S1" is L5-S1) and the all-levels phrases ("at any level", "at all levels", "multilevel").
 */
public final class LevelFinder {

    private static final Pattern ATOM = Pattern.compile(
            "(?<![A-Za-z0-9])([CTLS]\\d{1,2})(?:(?:-|–|/)([CTLS]?\\d{1,2})|([CTLS]\\d))?(?![A-Za-z0-9])");
    private static final Pattern RANGE_GAP = Pattern.compile("^ ?(?:through|thru|to|-) ?$");
    /** Between two levels of a list: "L3-4 and L4-5", "L4-5, L5-S1", "L4-5 & L5-S1", "L4-5 + L5-S1", "L4-5/L5-S1". */
    private static final Pattern LIST_GAP = Pattern.compile("^(?:,? ?(?:and|or|&|\\+)? ?|, |/)$");
    private static final Pattern ON_GAP = Pattern.compile("^ (?:on|over|upon) $");
    private static final Pattern ALL = Pattern.compile(
            "(?i)\\b(?:at (?:all|any|each|every) (?:of the )?(?:lumbar |cervical |thoracic |disc |disk )?levels?|multi-?level|at multiple levels|throughout the (?:lumbar |cervical |thoracic )?spine)\\b");
    private static final Pattern SEQUENCE_NAME = Pattern.compile("(?i)^ ?(?:-?weighted|W\\b|images?|signal|sequences?|hyper|hypo|and STIR|, T2|, T1|and T[12])");
    private static final Pattern ENDPLATE = Pattern.compile("(?i)\\b(inferior|superior) end ?-?plates? of (?:the )?([CTLS]\\d{1,2})\\b");

    /** All level mentions of the sentence, in order. */
    public List<LevelMention> find(String text) {
        return find(text, AsciiCase.lower(text));
    }

    /** As {@link #find(String)}, given the text's {@link AsciiCase#lower} form, which lets most sentences skip the grammars. */
    public List<LevelMention> find(String text, String lower) {
        List<Atom> atoms = mayNameVertebra(text) ? atoms(text) : List.of();
        List<LevelMention> out = new ArrayList<>();
        int i = 0;
        while (i < atoms.size()) {
            i = group(text, atoms, i, out);
        }
        if (KeywordPrefilter.mayMatch(ENDPLATE, lower)) {
            endplates(text, out);
        }
        if (KeywordPrefilter.mayMatch(ALL, lower)) {
            Matcher all = ALL.matcher(text);
            while (all.find()) {
                out.add(new LevelMention(all.start(), all.end(), List.of(), null, true));
            }
        }
        out.sort(java.util.Comparator.comparingInt(LevelMention::start));
        return out;
    }

    /** Whether {@link #ATOM} can match: it needs one of C, T, L, S followed by a digit. */
    private static boolean mayNameVertebra(String text) {
        for (int i = 0, n = text.length() - 1; i < n; i++) {
            char c = text.charAt(i);
            if ((c == 'C' || c == 'T' || c == 'L' || c == 'S') && Character.isDigit(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private record Atom(int start, int end, SpinalLevel segment, String vertebra, List<SpinalLevel> segments) {
        Atom(int start, int end, SpinalLevel segment, String vertebra) {
            this(start, end, segment, vertebra, segment == null ? List.of() : List.of(segment));
        }
    }

    private List<Atom> atoms(String text) {
        List<Atom> atoms = new ArrayList<>();
        Matcher m = ATOM.matcher(text);
        while (m.find()) {
            String upper = m.group(1);
            String lower = m.group(2) != null ? m.group(2) : m.group(3);
            if (lower == null) {
                if (SpinalLevel.isVertebra(upper) && !mriSequence(text, m)) {
                    atoms.add(new Atom(m.start(), m.end(), null, normalize(upper)));
                }
                continue;
            }
            Optional<SpinalLevel> level = SpinalLevel.parse(upper + "-" + lower);
            if (level.isPresent()) {
                atoms.add(new Atom(m.start(), m.end(), level.get(), null));
            } else {
                List<SpinalLevel> span = spanOfSegments(normalize(upper), lower);
                if (!span.isEmpty()) {
                    atoms.add(new Atom(m.start(), m.end(), span.get(0), null, span));
                }
            }
        }
        return atoms;
    }

    /** "C4-6" names the segments C4-C5 and C5-C6. */
    private List<SpinalLevel> spanOfSegments(String upper, String lower) {
        String bottom = Character.isLetter(lower.charAt(0)) ? normalize(lower) : upper.charAt(0) + lower;
        Optional<SpinalLevel> top = SpinalLevel.below(upper);
        Optional<SpinalLevel> last = aboveOf(bottom);
        if (top.isEmpty() || last.isEmpty() || last.get().compareTo(top.get()) < 0
                || SpinalLevel.range(top.get(), last.get()).size() > 6) {
            return List.of();
        }
        return SpinalLevel.range(top.get(), last.get());
    }

    private boolean mriSequence(String text, Matcher m) {
        String v = m.group(1);
        return (v.equals("T1") || v.equals("T2")) && SEQUENCE_NAME.matcher(text).region(m.end(), text.length()).lookingAt();
    }

    private int group(String text, List<Atom> atoms, int i, List<LevelMention> out) {
        Atom first = atoms.get(i);
        List<SpinalLevel> levels = new ArrayList<>();
        int end = first.end();
        int j = i + 1;
        if (first.vertebra() != null && j < atoms.size() && atoms.get(j).vertebra() != null) {
            String gap = text.substring(first.end(), atoms.get(j).start());
            Optional<List<SpinalLevel>> pair = vertebraPair(first.vertebra(), atoms.get(j).vertebra(), gap);
            if (pair.isPresent()) {
                out.add(new LevelMention(first.start(), atoms.get(j).end(), pair.get(), null, false));
                return j + 1;
            }
        }
        if (first.segment() == null) {
            out.add(new LevelMention(first.start(), first.end(), List.of(), first.vertebra(), false));
            return i + 1;
        }
        levels.addAll(first.segments());
        SpinalLevel last = first.segments().get(first.segments().size() - 1);
        while (j < atoms.size() && atoms.get(j).segment() != null) {
            String gap = text.substring(end, atoms.get(j).start());
            SpinalLevel next = atoms.get(j).segment();
            if (RANGE_GAP.matcher(gap).matches()) {
                levels.remove(levels.size() - 1);
                levels.addAll(SpinalLevel.range(last, next));
            } else if (LIST_GAP.matcher(gap).matches()) {
                levels.addAll(atoms.get(j).segments());
            } else {
                break;
            }
            last = atoms.get(j).segments().get(atoms.get(j).segments().size() - 1);
            end = atoms.get(j).end();
            j++;
        }
        out.add(new LevelMention(first.start(), end, levels.stream().distinct().toList(), null, false));
        return j;
    }

    /** "L4 on L5" is the L4-L5 segment; "L3 through L5" or "from L2 to L5" spans the segments between. */
    private Optional<List<SpinalLevel>> vertebraPair(String upper, String lower, String gap) {
        Optional<SpinalLevel> top = SpinalLevel.below(upper);
        Optional<SpinalLevel> bottom = SpinalLevel.parse(upper + "-" + lower);
        if (ON_GAP.matcher(gap).matches() && bottom.isPresent()) {
            return Optional.of(List.of(bottom.get()));
        }
        if (RANGE_GAP.matcher(gap).matches() && top.isPresent()) {
            Optional<SpinalLevel> lowest = aboveOf(lower);
            if (lowest.isPresent() && lowest.get().compareTo(top.get()) >= 0) {
                return Optional.of(SpinalLevel.range(top.get(), lowest.get()));
            }
        }
        return Optional.empty();
    }

    private Optional<SpinalLevel> aboveOf(String vertebra) {
        for (String region : new String[] {"C", "T", "L", "S"}) {
            for (int n = 1; n <= 12; n++) {
                Optional<SpinalLevel> s = SpinalLevel.below(region + n);
                if (s.isPresent() && s.get().lower().equals(vertebra)) {
                    return s;
                }
            }
        }
        return Optional.empty();
    }

    private void endplates(String text, List<LevelMention> out) {
        List<LevelMention> found = new ArrayList<>();
        Matcher m = ENDPLATE.matcher(text);
        while (m.find()) {
            String v = normalize(m.group(2));
            Optional<SpinalLevel> seg = m.group(1).equalsIgnoreCase("inferior") ? SpinalLevel.below(v) : aboveOf(v);
            if (seg.isEmpty()) {
                continue;
            }
            LevelMention previous = found.isEmpty() ? null : found.get(found.size() - 1);
            if (previous != null && previous.levels().equals(List.of(seg.get())) && m.start() - previous.end() < 12) {
                found.set(found.size() - 1, new LevelMention(previous.start(), m.end(), previous.levels(), null, false));
            } else {
                found.add(new LevelMention(m.start(), m.end(), List.of(seg.get()), null, false));
            }
        }
        for (LevelMention e : found) {
            out.removeIf(o -> o.start() >= e.start() && o.end() <= e.end());
            out.add(e);
        }
    }

    private static String normalize(String vertebra) {
        return vertebra.substring(0, 1).toUpperCase(Locale.ROOT) + Integer.parseInt(vertebra.substring(1));
    }
}
