package dev.necessity.cli.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Changes to a knowledge file's YAML by lines, as an author's slip or a hostile overlay would make
 * them: a line dropped, repeated, swapped or re-indented (also with a tab), and values replaced by
 * anchors, aliases, merge keys, tags that name Java or Python classes, unclosed brackets, deep
 * nesting, document markers, or text far past any sensible length.
 */
final class YamlEdits {
    private YamlEdits() {
    }

    static final List<String> VALUES = List.of(
            "&a [1, 2]", "*a", "*undefined", "!!python/object/apply:os.system ['id']", "!!java.io.File /etc/passwd",
            "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]",
            "{", "[", "'unterminated", "\"\\u0000\"", "\"\\u001b[31m\"", "<<: *a", "---", "...", "%YAML 1.1", "? [a, b]",
            "x".repeat(20_000), "[".repeat(60) + "]".repeat(60), "{a: ".repeat(60) + "1" + "}".repeat(60), "1e400", "0x1F",
            ".nan", "~", "null", "true", "yes", "2026-02-30", "- ", ":", "''", "|", ">-", "@at", "`tick", "%percent", "\t",
            "stenossis", "NOT_A_STATUS", "-1", "99999999999999999999", "[]", "{}", "[a, b", "a: b: c");

    static Gen<Mutation> any() {
        Gen<Integer> at = Gen.ints(0, 10_000);
        return Gen.weighted(
                3, at.map(DropLine::new),
                2, at.map(RepeatLine::new),
                2, Gen.combine(at, at, SwapLines::new),
                2, Gen.combine(at, Gen.of("", "  ", "    ", "\t", " "), Reindent::new),
                6, Gen.combine(at, Gen.of(VALUES), ReplaceValue::new),
                3, Gen.combine(at, Gen.of(VALUES), InsertLine::new));
    }

    private interface LinesEdit {
        void change(List<String> lines, int n);
    }

    private static void edit(Trial t, LinesEdit edit) throws IOException {
        if (t.knowledgeFile == null || !Files.isRegularFile(t.knowledgeFile, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        // Lines split on a newline only; the bytes of other lines are kept as they are (ISO-8859-1 maps each byte to one char).
        String text = new String(Files.readAllBytes(t.knowledgeFile), StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty()) {
            edit.change(lines, lines.size());
            Trial.put(t.knowledgeFile, String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    private static String latin1(String utf8Text) {
        return new String(utf8Text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    record DropLine(int at) implements Mutation {
        public void applyTo(Trial t) throws IOException {
            edit(t, (lines, n) -> lines.remove(Math.floorMod(at, n)));
        }
    }

    record RepeatLine(int at) implements Mutation {
        public void applyTo(Trial t) throws IOException {
            edit(t, (lines, n) -> lines.add(Math.floorMod(at, n), lines.get(Math.floorMod(at, n))));
        }
    }

    record SwapLines(int a, int b) implements Mutation {
        public void applyTo(Trial t) throws IOException {
            edit(t, (lines, n) -> java.util.Collections.swap(lines, Math.floorMod(a, n), Math.floorMod(b, n)));
        }
    }

    /** The line's leading spaces replaced by {@code indent}. */
    record Reindent(int at, String indent) implements Mutation {
        public void applyTo(Trial t) throws IOException {
            edit(t, (lines, n) -> lines.set(Math.floorMod(at, n), latin1(indent) + lines.get(Math.floorMod(at, n)).stripLeading()));
        }
    }

    /** What follows the first ": " on the line (or the whole line after its indent) replaced by {@code value}. */
    record ReplaceValue(int at, String value) implements Mutation {
        public void applyTo(Trial t) throws IOException {
            edit(t, (lines, n) -> {
                String line = lines.get(Math.floorMod(at, n));
                int colon = line.indexOf(": ");
                int indent = line.length() - line.stripLeading().length();
                lines.set(Math.floorMod(at, n), (colon >= 0 ? line.substring(0, colon + 2) : line.substring(0, indent)) + latin1(value));
            });
        }
    }

    record InsertLine(int at, String text) implements Mutation {
        public void applyTo(Trial t) throws IOException {
            edit(t, (lines, n) -> lines.add(Math.floorMod(at, n), latin1(text)));
        }
    }
}
