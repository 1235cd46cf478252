package dev.necessity.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One clinical fact read from a document, with the exact text that supports it.
 *
 * <p>{@code quote} always equals the document text at {@code span}. {@code type} and the
 * attribute names form the finding model, {@code knowledge/schema/findings.yaml}; policies
 * refer to them by name, so they are plain strings rather than Java types. Attribute values are
 * String, Integer, Double, Boolean, LocalDate or List&lt;String&gt;.
 *
 * <p>A negated finding ("no spondylolisthesis") documents absence; an uncertain one
 * ("questionable impingement") documents nothing either way; neither ever counts as present.
 */
public record Finding(String type, String document, Span span, String quote, String section,
                      SpinalLevel level, boolean negated, boolean uncertain, boolean historical,
                      Map<String, Object> attributes) {

    public Finding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(quote, "quote");
        if (quote.length() != span.length()) {
            throw new IllegalArgumentException("quote length does not match span for " + type);
        }
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    /** Present as stated: neither negated nor uncertain. */
    public boolean asserted() {
        return !negated && !uncertain;
    }

    public Optional<Object> attr(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    public Optional<String> string(String name) {
        return attr(name).map(Object::toString);
    }

    public Optional<Double> number(String name) {
        return attr(name).filter(Number.class::isInstance).map(v -> ((Number) v).doubleValue());
    }

    public Optional<LocalDate> date(String name) {
        return attr(name).filter(LocalDate.class::isInstance).map(LocalDate.class::cast);
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String name) {
        return attr(name).filter(List.class::isInstance).map(v -> (List<String>) v).orElse(List.of());
    }

    public boolean flag(String name) {
        return attr(name).map(Boolean.TRUE::equals).orElse(false);
    }

    /** Stenosis (and similar) grade; UNSPECIFIED when not stated. */
    public Severity severity() {
        return string("severity").flatMap(Severity::fromWire).orElse(Severity.UNSPECIFIED);
    }

    public EvidenceSpan evidence() {
        return new EvidenceSpan(document, span.start(), span.end(), quote);
    }
}
