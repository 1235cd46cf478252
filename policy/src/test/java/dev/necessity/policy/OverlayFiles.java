package dev.necessity.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Overlay knowledge directories made from the shipped policies, changed as a payer (or a mistake) would. */
final class OverlayFiles {
    private OverlayFiles() {
    }

    /** The text of a shipped policy, e.g. {@code lumbar-fusion}. */
    static String shipped(String id) {
        try {
            return Files.readString(KnowledgeLoader.builtInRoot().resolve("policies/" + id + "/policy.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} with {@code target} (which must occur) replaced. */
    static String with(String text, String target, String replacement) {
        if (!text.contains(target)) {
            throw new IllegalArgumentException("not in the policy: " + target);
        }
        return text.replace(target, replacement);
    }

    /** Writes {@code overlay}/policies/{@code dir}/policy.yaml. */
    static Path write(Path overlay, String dir, String text) {
        return write(overlay, dir, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path overlay, String dir, byte[] bytes) {
        try {
            Path file = overlay.resolve("policies/" + dir + "/policy.yaml");
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems of the built-in knowledge base overlaid with {@code overlay}, as {@code policies lint} finds them. */
    static List<PolicyProblem> lint(Path overlay) {
        List<PolicyProblem> problems = new ArrayList<>();
        KnowledgeLoader.load(List.of(KnowledgeLoader.builtInRoot(), overlay), problems);
        return problems;
    }

    /** The 1-based line of the first occurrence of {@code text} in {@code file}. */
    static int lineOf(Path file, String text) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1); // any bytes: lines only
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
            throw new IllegalArgumentException("not in " + file + ": " + text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
