package dev.necessity.app.lint;

import dev.necessity.policy.KnowledgeBase;
import dev.necessity.policy.KnowledgeException;
import dev.necessity.policy.KnowledgeLoader;
import dev.necessity.policy.PolicyProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code necessity policies lint}: checks knowledge directories and lists every problem as
 * {@code file:line:col: message}, each followed by its source line with a caret under the column
 * ({@link SourceExcerpt}), then a count. The first line of each problem is the stable, scriptable
 * form; the excerpt is for the person reading it.
 */
public final class KnowledgeLint {
    private KnowledgeLint() {
    }

    /** What a lint found: every problem, in the order found, and what loaded. */
    public record Result(List<PolicyProblem> problems, int policies, int sources) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }

        /** The listing {@code policies lint} prints, ending with a newline. */
        public String render() {
            StringBuilder out = new StringBuilder();
            for (PolicyProblem p : problems) {
                out.append(p).append('\n');
                SourceExcerpt.of(p.position()).forEach(line -> out.append(line).append('\n'));
            }
            out.append(ok() ? "ok: " + policies + " policies, " + sources + " sources, no problems"
                    : problems.size() + " problem" + (problems.size() == 1 ? "" : "s")).append('\n');
            return out.toString();
        }
    }

    /** Loads {@code roots} in order (later ones overlay earlier ones) and collects every problem. */
    public static Result check(List<Path> roots) {
        List<PolicyProblem> problems = new ArrayList<>();
        try {
            KnowledgeBase kb = KnowledgeLoader.load(roots, problems);
            return new Result(problems, kb.policies().size(), kb.sources().sources().size());
        } catch (KnowledgeException e) {
            // The finding model itself is malformed: no policy can be checked against it.
            problems.addAll(e.problems());
            return new Result(problems, 0, 0);
        }
    }
}
