package dev.necessity.app.lint;

import dev.necessity.app.output.ControlCharacters;
import dev.necessity.policy.KnowledgeLoader;
import dev.necessity.policy.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The source line a problem points at, with a caret under its column, as javac and cel-java show
 * them: two lines that begin {@code " | "}, so that they never read as a {@code file:line:col:}
 * problem line to a script:
 *
 * <pre>
 * policies/broken/policy.yaml:6:56: unknown finding type 'stenossis' (did you mean stenosis?)
 *  | criteria: { id: root, title: Root, finding: { type: stenossis } }
 *  |                                                       ^
 * </pre>
 *
 * Columns count characters (code points), as the YAML parser's do; a tab before the column is
 * repeated in the caret line so the caret stays under it whatever the tab width. Control
 * characters are shown escaped ({@link ControlCharacters}) and the caret moved to match; bytes that
 * are not UTF-8 read as U+FFFD, one per bad byte, as the position counted them. A long line is cut
 * to a window around the column, marked with "...".
 */
final class SourceExcerpt {
    /** Characters of a line shown around the column; a knowledge file's lines are rarely wider. */
    static final int WIDTH = 120;
    /** Knowledge files are at most 1 MB; a larger one (itself a problem) is excerpted from its start. */
    private static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final String MARGIN = " | ";

    private SourceExcerpt() {
    }

    /** The two lines for a problem at {@code at}, or none when the file or the line cannot be read. */
    static List<String> of(SourcePosition at) {
        return KnowledgeLoader.file(at).flatMap(SourceExcerpt::read).flatMap(text -> line(text, at.line()))
                .map(line -> render(line, at.column())).orElse(List.of());
    }

    private static Optional<String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // the problem line itself still stands
        }
    }

    private static Optional<String> line(String text, int number) {
        String[] lines = text.split("\n", -1);
        if (number < 1 || number > lines.length) {
            return Optional.empty();
        }
        String line = lines[number - 1];
        return Optional.of(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
    }

    static List<String> render(String line, int column) {
        int[] points = line.codePoints().toArray();
        int caret = Math.max(0, Math.min(column - 1, points.length));
        int from = 0;
        int to = points.length;
        if (points.length > WIDTH) {
            from = Math.max(0, Math.min(caret - WIDTH / 2, points.length - WIDTH));
            to = from + WIDTH;
        }
        StringBuilder shown = new StringBuilder(MARGIN).append(from > 0 ? "..." : "");
        StringBuilder under = new StringBuilder(MARGIN).append(from > 0 ? "   " : "");
        for (int i = from; i < to; i++) {
            String c = ControlCharacters.escape(new String(Character.toChars(points[i])));
            shown.append(c);
            if (i < caret) {
                under.append(points[i] == '\t' ? "\t" : " ".repeat(c.length()));
            }
        }
        shown.append(to < points.length ? "..." : "");
        return List.of(shown.toString().stripTrailing(), under.append('^').toString());
    }
}
