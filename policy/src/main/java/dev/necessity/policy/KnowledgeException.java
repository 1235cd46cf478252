package dev.necessity.policy;

import java.util.List;

/** The knowledge base could not be loaded; carries every problem found, not just the first. */
public final class KnowledgeException extends RuntimeException {
    private final List<PolicyProblem> problems;

    public KnowledgeException(List<PolicyProblem> problems) {
        super(problems.isEmpty() ? "knowledge base problem" : problems.get(0) + (problems.size() > 1
                ? " (and " + (problems.size() - 1) + " more; run 'necessity policies lint')" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<PolicyProblem> problems() {
        return problems;
    }
}
