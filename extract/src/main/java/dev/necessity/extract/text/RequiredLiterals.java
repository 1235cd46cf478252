package dev.necessity.extract.text;

import java.util.ArrayList;
import java.util.Comparator;
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
public final class RequiredLiterals {

    /** Above this many alternatives an exact set is reduced to a requirement, to bound the work. */
    private static final int MAX_EXACT = 64;
    /** Above this many literals a requirement is dropped: checking it would cost about as much as the regex. */
    private static final int MAX_REQUIRED = 96;
    /** Literals are cut to this length: long enough to be selective, short enough to share. */
    private static final int LITERAL_PREFIX = 8;

    private final String regex;
    private int pos;

    private RequiredLiterals(String regex) {
        this.regex = regex;
    }

    /** The literals, one of which every match contains; null when no such set is known. */
    public static String[] of(Pattern pattern) {
        int unsafe = Pattern.UNICODE_CASE | Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ;
        if ((pattern.flags() & unsafe) != 0) {
            return null;
        }
        try {
            RequiredLiterals parser = new RequiredLiterals(pattern.pattern());
            Info info = parser.alternation();
            if (parser.pos != parser.regex.length()) {
                return null;
            }
            Set<String> required = info.required();
            return required == null ? null : required.toArray(String[]::new);
        } catch (UnsupportedSyntax | RuntimeException e) {
            return null;
        }
    }

    private static final class UnsupportedSyntax extends Exception {
        UnsupportedSyntax() {
            super(null, null, false, false);
        }
    }

    /**
     * What is known of the strings a part of the pattern matches: exactly one of {@code exact}
     * (when small and known), or strings that contain one of {@code anyOf}; both null means
     * anything.
     */
    private record Info(Set<String> exact, Set<String> anyOf) {
        static final Info ANY = new Info(null, null);
        static final Info EMPTY = new Info(Set.of(""), null);

        static Info exactly(Set<String> strings) {
            return strings.size() <= MAX_EXACT ? new Info(strings, null) : requiring(strings);
        }

        static Info requiring(Set<String> strings) {
            Set<String> minimal = minimal(strings);
            return minimal == null ? ANY : new Info(null, minimal);
        }

        /** The literals one of which a match contains, or null. */
        Set<String> required() {
            return exact != null ? minimal(exact) : anyOf;
        }

        /**
         * The same requirement with fewer, shorter literals: each cut to its first {@link
         * #LITERAL_PREFIX} characters (a text containing a literal contains its prefix), then
         * dropping any literal that contains another ("bmi is:" when "bmi" is there).
         */
        private static Set<String> minimal(Set<String> strings) {
            if (strings == null || strings.contains("")) {
                return null;
            }
            List<String> cut = strings.stream().map(x -> x.length() > LITERAL_PREFIX ? x.substring(0, LITERAL_PREFIX) : x)
                    .distinct().sorted(Comparator.comparingInt(String::length)).toList();
            Set<String> kept = new LinkedHashSet<>();
            for (String x : cut) {
                if (kept.stream().noneMatch(x::contains)) {
                    kept.add(x);
                }
            }
            return kept.size() > MAX_REQUIRED ? null : kept;
        }
    }

    private Info alternation() throws UnsupportedSyntax {
        List<Info> branches = new ArrayList<>();
        branches.add(concatenation());
        while (pos < regex.length() && regex.charAt(pos) == '|') {
            pos++;
            branches.add(concatenation());
        }
        if (branches.size() == 1) {
            return branches.get(0);
        }
        if (branches.stream().allMatch(b -> b.exact() != null)) {
            Set<String> union = new LinkedHashSet<>();
            branches.forEach(b -> union.addAll(b.exact()));
            return Info.exactly(union);
        }
        Set<String> union = new LinkedHashSet<>();
        for (Info b : branches) {
            Set<String> r = b.required();
            if (r == null) {
                return Info.ANY;
            }
            union.addAll(r);
        }
        return Info.requiring(union);
    }

    /**
     * A sequence. Consecutive exact parts are joined into one run ("s", "t", "e", ... into
     * "stenosis") before any requirement is chosen, so a requirement is a whole word, not a letter.
     */
    private Info concatenation() throws UnsupportedSyntax {
        Info run = Info.EMPTY;
        Set<String> required = null;
        boolean allExact = true;
        while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
            Info part = quantified(atom());
            if (part.exact() != null && (long) run.exact().size() * part.exact().size() <= MAX_EXACT) {
                run = concat(run, part);
                continue;
            }
            allExact = false;
            required = better(required, run.required());
            if (part.exact() != null) {
                run = part;
            } else {
                required = better(required, part.required());
                run = Info.EMPTY;
            }
        }
        return allExact ? run : Info.requiring(better(required, run.required()));
    }

    private static Info concat(Info a, Info b) {
        if (a.exact() != null && b.exact() != null && (long) a.exact().size() * b.exact().size() <= MAX_EXACT) {
            Set<String> product = new LinkedHashSet<>();
            for (String x : a.exact()) {
                for (String y : b.exact()) {
                    product.add(x + y);
                }
            }
            return Info.exactly(product);
        }
        return Info.requiring(better(a.required(), b.required()));
    }

    /** The more selective requirement: the one whose shortest literal is longest, then the smaller set. */
    private static Set<String> better(Set<String> a, Set<String> b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        Comparator<Set<String>> selectivity = Comparator.comparingInt((Set<String> s) -> s.stream().mapToInt(String::length).min().orElse(0))
                .thenComparing(s -> -s.size());
        return selectivity.compare(a, b) >= 0 ? a : b;
    }

    private Info quantified(Info atom) throws UnsupportedSyntax {
        if (pos >= regex.length()) {
            return atom;
        }
        char c = regex.charAt(pos);
        int min;
        if (c == '?' || c == '*' || c == '+') {
            pos++;
            min = c == '+' ? 1 : 0;
            if (c == '?' && atom.exact() != null) {
                skipLazyOrPossessive();
                Set<String> optional = new LinkedHashSet<>(atom.exact());
                optional.add("");
                return Info.exactly(optional);
            }
        } else if (c == '{') {
            int close = regex.indexOf('}', pos);
            if (close < 0) {
                throw new UnsupportedSyntax();
            }
            String[] bounds = regex.substring(pos + 1, close).split(",", -1);
            min = Integer.parseInt(bounds[0].trim());
            boolean exactlyOnce = min == 1 && bounds.length == 1 || min == 1 && bounds.length == 2 && bounds[1].trim().equals("1");
            pos = close + 1;
            if (exactlyOnce) {
                skipLazyOrPossessive();
                return atom;
            }
        } else {
            return atom;
        }
        skipLazyOrPossessive();
        return min == 0 ? Info.ANY : Info.requiring(atom.required());
    }

    private void skipLazyOrPossessive() {
        if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
            pos++;
        }
    }

    private Info atom() throws UnsupportedSyntax {
        char c = regex.charAt(pos);
        switch (c) {
            case '(':
                return group();
            case '[':
                return characterClass();
            case '\\':
                return escape();
            case '.':
                pos++;
                return Info.ANY;
            case '^':
            case '$':
                pos++;
                return Info.EMPTY;
            case '*':
            case '+':
            case '?':
            case '{':
                throw new UnsupportedSyntax();
            default:
                pos++;
                return literal(c);
        }
    }

    private static Info literal(char c) {
        return Info.exactly(Set.of(String.valueOf(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c)));
    }

    private Info group() throws UnsupportedSyntax {
        pos++;
        boolean lookaround = false;
        if (regex.startsWith("?", pos)) {
            if (regex.startsWith("?:", pos) || regex.startsWith("?>", pos)) {
                pos += 2;
            } else if (regex.startsWith("?=", pos) || regex.startsWith("?!", pos)) {
                pos += 2;
                lookaround = true;
            } else if (regex.startsWith("?<=", pos) || regex.startsWith("?<!", pos)) {
                pos += 3;
                lookaround = true;
            } else if (regex.startsWith("?<", pos)) {
                int close = regex.indexOf('>', pos);
                pos = close + 1;
            } else {
                // Inline flags "(?i)", "(?-i)" or a flag group "(?i:...)"; u, x and d change matching.
                int k = pos + 1;
                while (k < regex.length() && (Character.isLetter(regex.charAt(k)) || regex.charAt(k) == '-')) {
                    if ("uxdU".indexOf(regex.charAt(k)) >= 0) {
                        throw new UnsupportedSyntax();
                    }
                    k++;
                }
                if (k < regex.length() && regex.charAt(k) == ')') {
                    pos = k + 1;
                    return Info.EMPTY;
                }
                if (k >= regex.length() || regex.charAt(k) != ':') {
                    throw new UnsupportedSyntax();
                }
                pos = k + 1;
            }
        }
        Info inner = alternation();
        if (pos >= regex.length() || regex.charAt(pos) != ')') {
            throw new UnsupportedSyntax();
        }
        pos++;
        // A look-around consumes nothing; ignoring its content is always safe.
        return lookaround ? Info.EMPTY : inner;
    }

    /** A plain class of a few literal characters ("[ck]", "[- ]") is an exact set; any other class matches "anything". */
    private Info characterClass() throws UnsupportedSyntax {
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
            } else if (c == '-' && k > start && regex.charAt(k + 1) != ']' || c == '&') {
                simple = false;
            }
            k++;
        }
        if (k >= regex.length()) {
            throw new UnsupportedSyntax();
        }
        String members = regex.substring(start, k);
        pos = k + 1;
        if (!simple || members.isEmpty() || members.length() > 8) {
            return Info.ANY;
        }
        Set<String> chars = new LinkedHashSet<>();
        for (char c : members.toCharArray()) {
            chars.addAll(literal(c).exact());
        }
        return Info.exactly(chars);
    }

    private Info escape() throws UnsupportedSyntax {
        if (pos + 1 >= regex.length()) {
            throw new UnsupportedSyntax();
        }
        char c = regex.charAt(pos + 1);
        pos += 2;
        if (c == 'Q') {
            int end = regex.indexOf("\\E", pos);
            String quoted = end < 0 ? regex.substring(pos) : regex.substring(pos, end);
            pos = end < 0 ? regex.length() : end + 2;
            return Info.exactly(Set.of(AsciiCase.lower(quoted)));
        }
        if ("bBAzZG".indexOf(c) >= 0) {
            return Info.EMPTY;
        }
        if (c == 'k') {
            pos = regex.indexOf('>', pos) + 1;
            return Info.ANY;
        }
        if (c == 'p' || c == 'P') {
            if (pos < regex.length() && regex.charAt(pos) == '{') {
                pos = regex.indexOf('}', pos) + 1;
            } else {
                pos++;
            }
            return Info.ANY;
        }
        if (c == 'u') {
            pos += 4;
            return Info.ANY;
        }
        if (c == 'x') {
            pos = regex.startsWith("{", pos) ? regex.indexOf('}', pos) + 1 : pos + 2;
            return Info.ANY;
        }
        if (c == 'c') {
            pos++;
            return Info.ANY;
        }
        if (c == '0') {
            while (pos < regex.length() && regex.charAt(pos) >= '0' && regex.charAt(pos) <= '7') {
                pos++;
            }
            return Info.ANY;
        }
        if (Character.isLetterOrDigit(c)) {
            // \d \w \s \t \n \h \R \1 ... : a class, a control character or a back-reference.
            return Info.ANY;
        }
        return literal(c);
    }
}
