package dev.necessity.policy;

import java.util.List;

/**
 * A citable source. {@code verified} is true only when every detail of the entry was checked;
 * {@code unverified} says what is still open, and reports show it.
 */
public record Source(String id, String citation, String title, String publisher, Integer year, String section,
                     String doi, String url, boolean verified, String confirmed, String unverified,
                     List<GradedTopic> grades, SourcePosition position) {
    public Source {
        grades = grades == null ? List.of() : List.copyOf(grades);
    }

    /** An evidence grade the source itself states for one recommendation. */
    public record GradedTopic(String topic, String grade) {
    }
}
