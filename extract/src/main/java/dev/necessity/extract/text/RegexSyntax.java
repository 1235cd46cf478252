package dev.necessity.extract.text;

/**
 * The pieces of Java regular-expression syntax that the pattern analyses ({@link RequiredLiterals},
 * {@link FirstChars}) read alike: how a group opens and what quantifier follows an atom. Anything
 * they do not understand raises {@link Unsupported}, and the analysis then knows nothing.
 */
final class RegexSyntax {

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

    private RegexSyntax() {
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
