package dev.necessity.extract.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Derives from a regular expression a set of lower-case literals one of which every match must
 * contain ("stenos" for {@code (?i)\b(?:mild )?stenos[ie]s\b}). A sentence whose lower-cased text
 * ({@link AsciiCase#lower}) contains none of them cannot match, so the regex need not run: that is
 * the keyword prefilter every reader gets for free through {@link Sentence#matcher}.
 *
 * <p>The analysis is conservative: anything it does not understand (classes, wildcards, optional
 * or repeated-from-zero parts, back-references, look-arounds) counts as "matches anything", which
 * only weakens the filter, never makes it wrong. Literals are lower-cased whatever the pattern's
 * case flags, which is safe because the text they are looked up in is lower-cased too. Patterns
 * with flags that change what a literal matches (UNICODE_CASE, COMMENTS, LITERAL, CANON_EQ) get no
 * filter.
 */
public final class RequiredLiterals extends RegexParser<LiteralInfo> {

    /** Required copies of a repeated part spelled out ("x{2,}" as x, x, anything); more add little. */
    private static final int MAX_COPIES = 3;
    /** A class of more characters than this ([a-z]) is not worth listing. */
    private static final int MAX_CLASS = 10;

    private static final Set<String> DIGITS = Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    private RequiredLiterals(String regex) {
        super(regex);
    }

    /** The literals, one of which every match contains (the most selective such set); null when none is known. */
    public static String[] of(Pattern pattern) {
        String[][] clauses = clauses(pattern);
        return clauses == null ? null : clauses[0];
    }

    /**
     * Sets of literals such that every match contains a literal of each set ("foraminal
     * stenosis": one of the place words and one of the stenosis words), the most selective first;
     * null when none is known.
     */
    public static String[][] clauses(Pattern pattern) {
        int unsafe = Pattern.UNICODE_CASE | Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ;
        if ((pattern.flags() & unsafe) != 0) {
            return null;
        }
        try {
            LiteralInfo info = new RequiredLiterals(pattern.pattern()).parse();
            List<Set<String>> required = info.required();
            return required.isEmpty() ? null : required.stream().map(c -> c.toArray(String[]::new)).toArray(String[][]::new);
        } catch (Unsupported | RuntimeException e) {
            return null;
        }
    }

    @Override
    protected LiteralInfo alternatives(List<LiteralInfo> branches) {
        if (branches.stream().allMatch(b -> b.exact() != null)) {
            Set<String> union = new LinkedHashSet<>();
            branches.forEach(b -> union.addAll(b.exact()));
            return LiteralInfo.exactly(union);
        }
        // Each branch's most selective clause: a match meets one branch, so it contains one of their union.
        Set<String> union = new LinkedHashSet<>();
        for (LiteralInfo b : branches) {
            Set<String> r = b.best();
            if (r == null) {
                return LiteralInfo.ANY;
            }
            union.addAll(r);
        }
        return LiteralInfo.requiring(union);
    }

    /**
     * A sequence. Consecutive exact parts are joined into one run ("s", "t", "e", ... into
     * "stenosis") before any requirement is taken, so a requirement is a whole word, not a letter.
     * Every run and every part that is not exact contributes its clauses: a match of the sequence
     * meets all of them.
     */
    @Override
    protected LiteralInfo sequence(List<LiteralInfo> parts) {
        LiteralInfo run = LiteralInfo.EMPTY;
        List<Set<String>> clauses = new ArrayList<>();
        boolean allExact = true;
        for (LiteralInfo part : parts) {
            if (part.exact() != null && (long) run.exact().size() * part.exact().size() <= LiteralInfo.MAX_EXACT) {
                run = concat(run, part);
                continue;
            }
            allExact = false;
            clauses.addAll(run.required());
            if (part.exact() != null) {
                run = part;
            } else {
                clauses.addAll(part.required());
                run = LiteralInfo.EMPTY;
            }
        }
        if (allExact) {
            return run;
        }
        clauses.addAll(run.required());
        return LiteralInfo.allOf(clauses);
    }

    private static LiteralInfo concat(LiteralInfo a, LiteralInfo b) {
        if (a.exact() != null && b.exact() != null && (long) a.exact().size() * b.exact().size() <= LiteralInfo.MAX_EXACT) {
            Set<String> product = new LinkedHashSet<>();
            for (String x : a.exact()) {
                for (String y : b.exact()) {
                    product.add(x + y);
                }
            }
            return LiteralInfo.exactly(product);
        }
        List<Set<String>> both = new ArrayList<>(a.required());
        both.addAll(b.required());
        return LiteralInfo.allOf(both);
    }

    /**
     * An atom with its quantifier, as a sequence of parts: "x?" is x or nothing; "x{2,5}" is x, x,
     * then anything (every match starts with the required copies), so "[CTLS]\\d{1,2}" still
     * requires "l4"; a part that may be absent is anything.
     */
    @Override
    protected List<LiteralInfo> quantify(LiteralInfo atom, Quantifier q) {
        if (q.optional() && atom.exact() != null) {
            Set<String> optional = new LinkedHashSet<>(atom.exact());
            optional.add("");
            return List.of(LiteralInfo.exactly(optional));
        }
        if (q.min() == 0) {
            return List.of(LiteralInfo.ANY);
        }
        List<LiteralInfo> parts = new ArrayList<>();
        for (int i = 0; i < Math.min(q.min(), MAX_COPIES); i++) {
            parts.add(atom);
        }
        if (!q.bounded() || q.min() > MAX_COPIES) {
            parts.add(LiteralInfo.ANY);
        }
        return parts;
    }

    @Override
    protected LiteralInfo empty() {
        return LiteralInfo.EMPTY;
    }

    @Override
    protected LiteralInfo any() {
        return LiteralInfo.ANY;
    }

    @Override
    protected LiteralInfo literal(char c) {
        return lowerCase(c);
    }

    private static LiteralInfo lowerCase(char c) {
        return LiteralInfo.exactly(Set.of(String.valueOf(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c)));
    }

    /** A plain class of a few literal characters ("[ck]", "[- ]") is an exact set; any other class matches "anything". */
    @Override
    protected LiteralInfo characterClass() throws Unsupported {
        int start = pos + 1;
        int k = start;
        if (k < regex.length() && regex.charAt(k) == ']') {
            k++;
        }
        int depth = 1;
        boolean simple = regex.charAt(start) != '^';
        while (k < regex.length()) {
            char c = regex.charAt(k);
            if (c == '\\') {
                simple = false;
                k += 2;
                continue;
            }
            if (c == '[') {
                depth++;
                simple = false;
            } else if (c == ']' && --depth == 0) {
                break;
            } else if (c == '&') {
                simple = false;
            }
            k++;
        }
        if (k >= regex.length()) {
            throw new Unsupported();
        }
        String members = regex.substring(start, k);
        pos = k + 1;
        if (!simple || members.isEmpty()) {
            return LiteralInfo.ANY;
        }
        // Members are single characters or ranges "a-z" ("-" first or last is itself).
        Set<String> chars = new LinkedHashSet<>();
        for (int i = 0; i < members.length(); i++) {
            char first = members.charAt(i);
            char last = first;
            if (i + 2 < members.length() && members.charAt(i + 1) == '-') {
                last = members.charAt(i + 2);
                i += 2;
            }
            for (char c = first; c <= last; c++) {
                chars.addAll(lowerCase(c).exact());
            }
            if (chars.size() > MAX_CLASS) {
                return LiteralInfo.ANY;
            }
        }
        return LiteralInfo.exactly(chars);
    }

    @Override
    protected LiteralInfo quoted(String text) {
        return LiteralInfo.exactly(Set.of(AsciiCase.lower(text)));
    }

    @Override
    protected LiteralInfo escape(char c) throws Unsupported {
        if (c == 'k') {
            pos = regex.indexOf('>', pos) + 1;
            return LiteralInfo.ANY;
        }
        if (c == 'p' || c == 'P') {
            if (pos < regex.length() && regex.charAt(pos) == '{') {
                pos = regex.indexOf('}', pos) + 1;
            } else {
                pos++;
            }
            return LiteralInfo.ANY;
        }
        if (c == 'u') {
            pos += 4;
            return LiteralInfo.ANY;
        }
        if (c == 'x') {
            pos = regex.startsWith("{", pos) ? regex.indexOf('}', pos) + 1 : pos + 2;
            return LiteralInfo.ANY;
        }
        if (c == 'c') {
            pos++;
            return LiteralInfo.ANY;
        }
        if (c == '0') {
            while (pos < regex.length() && regex.charAt(pos) >= '0' && regex.charAt(pos) <= '7') {
                pos++;
            }
            return LiteralInfo.ANY;
        }
        if (c == 'd') {
            // A digit is one of ten: "[CTLS]\\d" then requires "l4", "s1"... rather than nothing.
            return LiteralInfo.exactly(DIGITS);
        }
        if (Character.isLetterOrDigit(c)) {
            // \w \s \t \n \h \R \1 ... : a wider class, a control character or a back-reference.
            return LiteralInfo.ANY;
        }
        return literal(c);
    }
}
