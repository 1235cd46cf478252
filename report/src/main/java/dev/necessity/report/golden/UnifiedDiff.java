package dev.necessity.report.golden;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, as {@code diff -u} and {@code git diff} print it: the differing lines
 * with three lines of context, in hunks headed {@code @@ -a,b +c,d @@}. Meant for a person reading a
 * failed comparison, so it stops after {@code maxLines} lines and says how much more differs.
 *
 * <p>Common leading and trailing lines are set aside first; the rest is aligned by longest common
 * subsequence when it is small enough (a changed report usually differs in a few places), and shown
 * as removed-then-added otherwise. A final line without a newline is marked as {@code diff} marks it.
 */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;
    /** Larger middles are shown whole rather than aligned: the table would cost too much memory. */
    private static final long MAX_CELLS = 4_000_000L;

    private UnifiedDiff() {
    }

    /** One line of the edit script: ' ' kept, '-' only in the expected text, '+' only in the actual one. */
    private record Edit(char kind, String line, int oldLine, int newLine) {
    }

    /** The diff of {@code expected} (named {@code expectedName}) and {@code actual}; empty when they are equal. */
    public static String of(String expectedName, String expected, String actualName, String actual, int maxLines) {
        if (expected.equals(actual)) {
            return "";
        }
        List<String> a = lines(expected);
        List<String> b = lines(actual);
        List<Edit> script = script(a, b);
        StringBuilder out = new StringBuilder("--- ").append(expectedName).append('\n')
                .append("+++ ").append(actualName).append('\n');
        int shown = 0;
        int changes = (int) script.stream().filter(e -> e.kind() != ' ').count();
        int changesShown = 0;
        for (int start = nextChange(script, 0); start >= 0; ) {
            int end = hunkEnd(script, start);
            int from = Math.max(0, start - CONTEXT);
            int to = Math.min(script.size(), end + CONTEXT);
            out.append(header(script, from, to)).append('\n');
            for (int i = from; i < to; i++) {
                if (shown == maxLines) {
                    out.append("... (").append(changes - changesShown).append(" more changed lines not shown)\n");
                    return out.toString();
                }
                Edit e = script.get(i);
                out.append(e.kind()).append(visible(e.line())).append('\n');
                shown++;
                changesShown += e.kind() == ' ' ? 0 : 1;
            }
            start = nextChange(script, to);
        }
        return out.toString();
    }

    /** The line number (1-based) of the first line that differs, in the expected text; 0 when equal. */
    public static int firstDifferingLine(String expected, String actual) {
        List<String> a = lines(expected);
        List<String> b = lines(actual);
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            if (i >= a.size() || i >= b.size() || !a.get(i).equals(b.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * The text's lines without their newlines; a last line that lacks one carries the marker
     * {@code diff} prints, so "a" and "a\n" differ and the reader sees why.
     */
    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>(List.of(text.split("\n", -1)));
        if (out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        } else {
            out.set(out.size() - 1, out.get(out.size() - 1) + "\n\\ No newline at end of file");
        }
        return out;
    }

    private static List<Edit> script(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Edit> out = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            out.add(new Edit(' ', a.get(i), i, i));
        }
        middle(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix), prefix, out);
        for (int i = suffix; i > 0; i--) {
            out.add(new Edit(' ', a.get(a.size() - i), a.size() - i, b.size() - i));
        }
        return out;
    }

    /** Aligns the differing middle by longest common subsequence, or shows it whole when too large. */
    private static void middle(List<String> a, List<String> b, int offset, List<Edit> out) {
        int n = a.size();
        int m = b.size();
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            for (int i = 0; i < n; i++) {
                out.add(new Edit('-', a.get(i), offset + i, offset));
            }
            for (int j = 0; j < m; j++) {
                out.add(new Edit('+', b.get(j), offset + n, offset + j));
            }
            return;
        }
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                out.add(new Edit(' ', a.get(i), offset + i++, offset + j++));
            } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
                out.add(new Edit('-', a.get(i), offset + i++, offset + j)); // removed before added, as diff prints them
            } else {
                out.add(new Edit('+', b.get(j), offset + i, offset + j++));
            }
        }
    }

    private static int nextChange(List<Edit> script, int from) {
        for (int i = from; i < script.size(); i++) {
            if (script.get(i).kind() != ' ') {
                return i;
            }
        }
        return -1;
    }

    /** The end (exclusive) of the changes starting at {@code start}, joining changes whose contexts would touch. */
    private static int hunkEnd(List<Edit> script, int start) {
        int end = start;
        int i = start;
        while (i < script.size()) {
            if (script.get(i).kind() != ' ') {
                end = i + 1;
            } else if (i - end >= 2 * CONTEXT) {
                break;
            }
            i++;
        }
        return end;
    }

    private static String header(List<Edit> script, int from, int to) {
        int oldCount = 0;
        int newCount = 0;
        for (int i = from; i < to; i++) {
            oldCount += script.get(i).kind() == '+' ? 0 : 1;
            newCount += script.get(i).kind() == '-' ? 0 : 1;
        }
        Edit first = script.get(from);
        return "@@ -" + range(first.oldLine(), oldCount) + " +" + range(first.newLine(), newCount) + " @@";
    }

    /** diff's "start,count", where an empty range names the line before it. */
    private static String range(int zeroBasedStart, int count) {
        int start = count == 0 ? zeroBasedStart : zeroBasedStart + 1;
        return count == 1 ? String.valueOf(start) : start + "," + count;
    }

    /** A carriage return would hide the rest of its line in a terminal; show it. */
    private static String visible(String line) {
        return line.replace("\r", "\\r");
    }
}
