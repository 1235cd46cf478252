package dev.necessity.extract.text;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The characters a match of a regular expression can begin with, and the same pattern with that
 * set checked first.
 *
 * <p>{@code Matcher.find} tries the whole pattern at every position of the text. A typical reader
 * grammar, {@code (?i)\b(?:stenosis|narrowing|...)}, pays at each one for a word-boundary test
 * (two Unicode category lookups) and one attempt per alternative before it fails. Prefixed with a
 * look-ahead for its first characters, {@code (?=[SsNn...])}, it fails at most positions after one
 * table lookup, and where it does not, it runs exactly as before: the prefix only rules out
 * positions no match can start at, so every match, group and region behaves as with the original.
 *
 * <p>The analysis is conservative, like {@link RequiredLiterals}: anything it does not fully
 * understand (wildcards, negated or nested classes, Unicode properties, back-references) makes the
 * set unknown, and the pattern is left as it is. So are patterns that can match the empty string
 * (an empty match begins with no character) and those whose flags change what a character matches
 * (UNICODE_CASE, UNICODE_CHARACTER_CLASS, COMMENTS, LITERAL, CANON_EQ). Letters are added in both
 * ASCII cases whatever the case flags, which only widens the set.
 */
public final class FirstChars extends RegexParser<FirstChars.Info> {

    /** A set wider than this gains little over the boundary test it precedes. */
    static final int MAX_SET = 48;
    /** A class or range of more characters than this is treated as "anything". */
    private static final int MAX_RANGE = 256;
    private static final int UNSAFE_FLAGS = Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS | Pattern.COMMENTS
            | Pattern.LITERAL | Pattern.CANON_EQ;
    private static final String WHITESPACE = " \t\n\u000B\f\r";

    /** What is known about the matches of one part of a pattern. */
    static final class Info {
        /** Null when any character may come first. */
        BitSet first;
        /** Whether the part can match the empty string (then what follows it may come first too). */
        boolean nullable;

        Info(BitSet first, boolean nullable) {
            this.first = first;
            this.nullable = nullable;
        }

        static Info empty() {
            return new Info(new BitSet(), true);
        }

        static Info any() {
            return new Info(null, false);
        }

        void addFirst(BitSet other) {
            if (first == null || other == null) {
                first = null;
            } else {
                first.or(other);
            }
        }
    }

    private FirstChars(String regex) {
        super(regex);
    }

    /**
     * The characters every match of {@code pattern} begins with; null when unknown or when the
     * pattern can match the empty string.
     */
    public static BitSet of(Pattern pattern) {
        if ((pattern.flags() & UNSAFE_FLAGS) != 0) {
            return null;
        }
        try {
            Info info = new FirstChars(pattern.pattern()).parse();
            if (info.nullable || info.first == null || info.first.isEmpty()) {
                return null;
            }
            return info.first;
        } catch (Unsupported | RuntimeException e) {
            return null;
        }
    }

    /**
     * {@code pattern} with a look-ahead for its first characters in front, finding exactly what it
     * finds; {@code pattern} itself when the set is unknown or too wide to help.
     */
    public static Pattern accelerated(Pattern pattern) {
        BitSet first = of(pattern);
        if (first == null || first.cardinality() > MAX_SET) {
            return pattern;
        }
        StringBuilder regex = new StringBuilder("(?=[");
        first.stream().forEach(c -> regex.append(String.format("\\u%04x", c)));
        regex.append("])(?:").append(pattern.pattern()).append(')');
        Pattern fast = Pattern.compile(regex.toString(), pattern.flags());
        return fast.matcher("").groupCount() == pattern.matcher("").groupCount() ? fast : pattern;
    }

    @Override
    protected Info alternatives(List<Info> branches) {
        Info all = branches.get(0);
        for (Info branch : branches.subList(1, branches.size())) {
            all.addFirst(branch.first);
            all.nullable |= branch.nullable;
        }
        return all;
    }

    @Override
    protected Info sequence(List<Info> parts) {
        Info seq = Info.empty();
        for (Info part : parts) {
            if (!seq.nullable) {
                break;
            }
            seq.addFirst(part.first);
            seq.nullable = part.nullable;
        }
        return seq;
    }

    @Override
    protected List<Info> quantify(Info atom, Quantifier q) {
        if (q.min() == 0) {
            atom.nullable = true;
        }
        return List.of(atom);
    }

    @Override
    protected Info empty() {
        return Info.empty();
    }

    @Override
    protected Info any() {
        return Info.any();
    }

    @Override
    protected Info literal(char c) {
        return character(c);
    }

    private static Info character(char c) {
        BitSet set = new BitSet();
        addWithCase(set, c);
        return new Info(set, false);
    }

    private static void addWithCase(BitSet set, char c) {
        set.set(c);
        if (c >= 'a' && c <= 'z') {
            set.set(c - ('a' - 'A'));
        } else if (c >= 'A' && c <= 'Z') {
            set.set(c + ('a' - 'A'));
        }
    }

    /** A class of single characters, ranges and the escapes \d, \s, \w; negated, nested or intersected classes are "anything". */
    @Override
    protected Info characterClass() throws Unsupported {
        int k = pos + 1;
        if (k < regex.length() && regex.charAt(k) == '^') {
            skipClass();
            return Info.any();
        }
        BitSet set = new BitSet();
        boolean first = true;
        while (k < regex.length() && (regex.charAt(k) != ']' || first)) {
            first = false;
            char c = regex.charAt(k);
            if (c == '[' || (c == '&' && regex.startsWith("&&", k))) {
                skipClass();
                return Info.any();
            }
            if (c == '\\') {
                if (k + 1 >= regex.length()) {
                    throw new Unsupported();
                }
                char e = regex.charAt(k + 1);
                String named = namedClass(e);
                if (named != null) {
                    named.chars().forEach(ch -> set.set(ch));
                    k += 2;
                    continue;
                }
                if (Character.isLetterOrDigit(e)) {
                    skipClass();
                    return Info.any();
                }
                c = e;
                k += 2;
            } else {
                k++;
            }
            // A range "a-z"; "-" first, last or after a range is itself.
            if (k + 1 < regex.length() && regex.charAt(k) == '-' && regex.charAt(k + 1) != ']') {
                char last = regex.charAt(k + 1);
                if (last == '\\' || last == '[' || last < c || last - c > MAX_RANGE) {
                    skipClass();
                    return Info.any();
                }
                for (char ch = c; ch <= last; ch++) {
                    addWithCase(set, ch);
                }
                k += 2;
            } else {
                addWithCase(set, c);
            }
        }
        if (k >= regex.length()) {
            throw new Unsupported();
        }
        pos = k + 1;
        return new Info(set, false);
    }

    /** Moves past a class this analysis gives up on, so the rest of the pattern is still read. */
    private void skipClass() throws Unsupported {
        int depth = 0;
        int k = pos;
        while (k < regex.length()) {
            char c = regex.charAt(k);
            if (c == '\\') {
                k += 2;
                continue;
            }
            if (c == '[') {
                depth++;
                // "[]" or "[^]" opens with a literal "]".
                if (regex.startsWith("]", k + 1)) {
                    k++;
                } else if (regex.startsWith("^]", k + 1)) {
                    k += 2;
                }
            } else if (c == ']' && --depth == 0) {
                pos = k + 1;
                return;
            }
            k++;
        }
        throw new Unsupported();
    }

    /** The members of \d, \s and \w as Java defines them without UNICODE_CHARACTER_CLASS; null for any other escape. */
    private static String namedClass(char e) {
        switch (e) {
            case 'd':
                return "0123456789";
            case 's':
                return WHITESPACE;
            case 'w':
                return "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
            default:
                return null;
        }
    }

    @Override
    protected Info quoted(String text) {
        return text.isEmpty() ? Info.empty() : character(text.charAt(0));
    }

    @Override
    protected Info escape(char c) throws Unsupported {
        String named = namedClass(c);
        if (named != null) {
            BitSet set = new BitSet();
            named.chars().forEach(set::set);
            return new Info(set, false);
        }
        switch (c) {
            case 't':
                return character('\t');
            case 'n':
                return character('\n');
            case 'r':
                return character('\r');
            case 'f':
                return character('\f');
            default:
                break;
        }
        if (c == 'p' || c == 'P') {
            // A Unicode property ("p{Punct}", "pL" after the backslash): one character of a wide set.
            if (pos < regex.length() && regex.charAt(pos) == '{') {
                int close = regex.indexOf('}', pos);
                if (close < 0) {
                    throw new Unsupported();
                }
                pos = close + 1;
            } else {
                pos++;
            }
            return Info.any();
        }
        if ("SWDhHvVRX".indexOf(c) >= 0) {
            return Info.any();
        }
        if (Character.isLetterOrDigit(c)) {
            // Hex, Unicode, octal, control and named characters, and back-references (which may match nothing): not worth the detail.
            throw new Unsupported();
        }
        return character(c);
    }
}
