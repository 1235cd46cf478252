package dev.necessity.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Recognises a reader's keyword hint: a pattern that is only case-insensitive literal alternatives. */
public final class LiteralHint {

    private LiteralHint() {
    }

    /**
     * For a pattern that is nothing but case-insensitive literal alternatives
     * ({@code (?i)stenos|narrow|mass effect}, a reader's keyword hint), the lower-case
     * alternatives: such a pattern occurs in a text exactly when one of them occurs in its
     * {@link AsciiCase#lower} form, so no regex need run. Null for any other pattern.
     */
    public static String[] alternatives(Pattern pattern) {
        String regex = pattern.pattern();
        boolean insensitive = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0;
        if (regex.startsWith("(?i)")) {
            regex = regex.substring(4);
            insensitive = true;
        }
        int unsafe = Pattern.UNICODE_CASE | Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ;
        if (!insensitive || (pattern.flags() & unsafe) != 0 || regex.isEmpty()) {
            return null;
        }
        List<String> alternatives = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '|') {
                alternatives.add(current.toString());
                current.setLength(0);
            } else if (c == '\\' && i + 1 < regex.length() && !Character.isLetterOrDigit(regex.charAt(i + 1))) {
                current.append(regex.charAt(++i));
            } else if ("\\[](){}.*+?^$".indexOf(c) >= 0) {
                return null;
            } else {
                current.append(c);
            }
        }
        alternatives.add(current.toString());
        if (alternatives.stream().anyMatch(String::isEmpty)) {
            return null;
        }
        return alternatives.stream().map(AsciiCase::lower).toArray(String[]::new);
    }
}
