package dev.necessity.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Java regular expression for an analysis of what its matches must look like
 * ({@link RequiredLiterals}, {@link FirstChars}): one recursive descent over alternatives,
 * sequences, quantified atoms and groups, with the analysis saying what each piece means
 * ({@code T}). Character classes and escapes are the analysis's own, since each needs its own
 * detail. Anything not understood raises {@link Unsupported}, and the analysis then knows nothing.
 *
 * @param <T> what the analysis knows about the matches of one piece
 */
abstract class RegexParser<T> {

    /** Syntax an analysis does not follow; cheap to throw (no stack trace). */
    static final class Unsupported extends Exception {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** How a group opens: its content is matched ({@code PLAIN}), only looked at ({@code LOOKAROUND}), or absent ("(?i)"). */
    enum GroupKind { PLAIN, LOOKAROUND, FLAGS_ONLY }

    /** A group's opening, and the index just after it (for {@code FLAGS_ONLY}, after the closing parenthesis). */
    record GroupOpen(GroupKind kind, int next) {
    }

    /**
     * A quantifier: at least {@code min} repetitions; {@code bounded} when at most {@code min}
     * (or one, for "?"); {@code optional} for a plain "?"; {@code next} is the index after it and
     * any lazy or possessive suffix.
     */
    record Quantifier(int min, boolean bounded, boolean optional, int next) {
    }

    protected final String regex;
    protected int pos;

    protected RegexParser(String regex) {
        this.regex = regex;
    }

    /** Matches the empty string only (an anchor, a boundary, a look-around, inline flags). */
    protected abstract T empty();

    /** Matches any one character. */
    protected abstract T any();

    protected abstract T literal(char c);

    /** The class starting at {@code pos} ("["); moves {@code pos} past it. */
    protected abstract T characterClass() throws Unsupported;

    /** A quoted literal, the text between "\\Q" and "\\E". */
    protected abstract T quoted(String text);

    /**
     * The escape of {@code c} (a class such as "\\d", a control character, an escaped symbol), other
     * than a quote or an anchor; {@code pos} is just after {@code c}, and moves past anything more
     * the escape holds ("\\p{Punct}").
     */
    protected abstract T escape(char c) throws Unsupported;

    /** An atom under a quantifier, as the sequence of parts it stands for. */
    protected abstract List<T> quantify(T atom, Quantifier quantifier);

    /** A sequence of parts (none for an empty branch). */
    protected abstract T sequence(List<T> parts);

    /** Two or more alternatives. */
    protected abstract T alternatives(List<T> branches);

    /** The whole pattern. */
    protected final T parse() throws Unsupported {
        T all = alternation();
        if (pos != regex.length()) {
            throw new Unsupported();
        }
        return all;
    }

    private T alternation() throws Unsupported {
        List<T> branches = new ArrayList<>();
        branches.add(concatenation());
        while (pos < regex.length() && regex.charAt(pos) == '|') {
            pos++;
            branches.add(concatenation());
        }
        return branches.size() == 1 ? branches.get(0) : alternatives(branches);
    }

    private T concatenation() throws Unsupported {
        List<T> parts = new ArrayList<>();
        while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
            T atom = atom();
            Quantifier q = quantifier(regex, pos);
            if (q == null) {
                parts.add(atom);
            } else {
                pos = q.next();
                parts.addAll(quantify(atom, q));
            }
        }
        return sequence(parts);
    }

    private T atom() throws Unsupported {
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
                return any();
            case '^':
            case '$':
                pos++;
                return empty();
            case '*':
            case '+':
            case '?':
            case '{':
                throw new Unsupported();
            default:
                pos++;
                return literal(c);
        }
    }

    private T escape() throws Unsupported {
        if (pos + 1 >= regex.length()) {
            throw new Unsupported();
        }
        char c = regex.charAt(pos + 1);
        pos += 2;
        if (c == 'Q') {
            int end = regex.indexOf("\\E", pos);
            String text = end < 0 ? regex.substring(pos) : regex.substring(pos, end);
            pos = end < 0 ? regex.length() : end + 2;
            return quoted(text);
        }
        if ("bBAzZG".indexOf(c) >= 0) {
            return empty();
        }
        return escape(c);
    }

    /** A group: its content, except that a look-around consumes nothing, so what it holds is ignored (always safe). */
    private T group() throws Unsupported {
        GroupOpen open = openGroup(regex, pos);
        pos = open.next();
        if (open.kind() == GroupKind.FLAGS_ONLY) {
            return empty();
        }
        T inner = alternation();
        if (pos >= regex.length() || regex.charAt(pos) != ')') {
            throw new Unsupported();
        }
        pos++;
        return open.kind() == GroupKind.LOOKAROUND ? empty() : inner;
    }

    /** The group opening at {@code pos}, which holds "(". Flags u, U, x and d change what matches and are unsupported. */
    static GroupOpen openGroup(String regex, int pos) throws Unsupported {
        pos++;
        if (!regex.startsWith("?", pos)) {
            return new GroupOpen(GroupKind.PLAIN, pos);
        }
        if (regex.startsWith("?:", pos) || regex.startsWith("?>", pos)) {
            return new GroupOpen(GroupKind.PLAIN, pos + 2);
        }
        if (regex.startsWith("?=", pos) || regex.startsWith("?!", pos)) {
            return new GroupOpen(GroupKind.LOOKAROUND, pos + 2);
        }
        if (regex.startsWith("?<=", pos) || regex.startsWith("?<!", pos)) {
            return new GroupOpen(GroupKind.LOOKAROUND, pos + 3);
        }
        if (regex.startsWith("?<", pos)) {
            int close = regex.indexOf('>', pos);
            if (close < 0) {
                throw new Unsupported();
            }
            return new GroupOpen(GroupKind.PLAIN, close + 1);
        }
        // Inline flags "(?i)", "(?-i)" or a flag group "(?i:...)".
        int k = pos + 1;
        while (k < regex.length() && (Character.isLetter(regex.charAt(k)) || regex.charAt(k) == '-')) {
            if ("uxdU".indexOf(regex.charAt(k)) >= 0) {
                throw new Unsupported();
            }
            k++;
        }
        if (k < regex.length() && regex.charAt(k) == ')') {
            return new GroupOpen(GroupKind.FLAGS_ONLY, k + 1);
        }
        if (k >= regex.length() || regex.charAt(k) != ':') {
            throw new Unsupported();
        }
        return new GroupOpen(GroupKind.PLAIN, k + 1);
    }

    /** The quantifier at {@code pos}; null when none is there. */
    static Quantifier quantifier(String regex, int pos) throws Unsupported {
        if (pos >= regex.length()) {
            return null;
        }
        char c = regex.charAt(pos);
        int min;
        boolean bounded;
        if (c == '?' || c == '*' || c == '+') {
            pos++;
            min = c == '+' ? 1 : 0;
            bounded = c == '?';
        } else if (c == '{') {
            int close = regex.indexOf('}', pos);
            if (close < 0) {
                throw new Unsupported();
            }
            String[] bounds = regex.substring(pos + 1, close).split(",", -1);
            min = Integer.parseInt(bounds[0].trim());
            bounded = bounds.length == 1 || bounds[1].trim().equals(bounds[0].trim());
            pos = close + 1;
        } else {
            return null;
        }
        if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
            pos++;
        }
        return new Quantifier(min, bounded, c == '?', pos);
    }
}
