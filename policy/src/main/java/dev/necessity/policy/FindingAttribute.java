package dev.necessity.policy;

import dev.necessity.model.SpinalLevel;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One attribute of a finding type in the {@link FindingModel}: the kinds of value it takes (usually one;
 * {@code lab.value} is a number or a qualitative word), the allowed values of an enum, a number's bounds, a
 * text's pattern, a list's item kind.
 *
 * @param valueTypes the kinds of value accepted (a value of any one of them conforms)
 * @param values the allowed values of an enum (or of a list's enum items), each with an optional description
 * @param itemType for a list, the kind of each item
 * @param valueSet the shared value set the values came from, or null
 */
public record FindingAttribute(String name, List<ValueType> valueTypes, List<AllowedValue> values, ValueType itemType,
                               Double min, Double max, String pattern, String description, String valueSet) {
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");

    public FindingAttribute {
        valueTypes = List.copyOf(valueTypes);
        values = List.copyOf(values);
    }

    /** The kinds of value an attribute holds, as written in the model file. */
    public enum ValueType {
        ENUM, STRING, INTEGER, NUMBER, DATE, BOOLEAN, LEVEL, LIST;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<ValueType> fromWire(String text) {
            for (ValueType t : values()) {
                if (t.wireName().equals(text)) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }
    }

    /** An allowed value of an enum and, when the model gives one, what it covers. */
    public record AllowedValue(String value, String description) {
    }

    public boolean accepts(ValueType type) {
        return valueTypes.contains(type);
    }

    /** A number or a whole number: what {@code compare} with {@code value} reads. */
    public boolean isNumeric() {
        return accepts(ValueType.NUMBER) || accepts(ValueType.INTEGER);
    }

    public List<String> valueNames() {
        return values.stream().map(AllowedValue::value).toList();
    }

    /** The allowed value {@code text} names, ignoring case as the engine does when it selects. */
    public Optional<String> allowed(String text) {
        return values.stream().map(AllowedValue::value).filter(v -> v.equalsIgnoreCase(text)).findFirst();
    }

    /** Why a value the extractor emitted does not conform, or empty when it does. */
    public Optional<String> problemWith(Object value) {
        if (valueTypes.stream().anyMatch(t -> conforms(t, value))) {
            return Optional.empty();
        }
        return Optional.of("'" + value + "' (" + value.getClass().getSimpleName() + ") is not " + expected());
    }

    /**
     * Why a value written in a policy ({@code where}, {@code require}) cannot match this attribute, or empty
     * when it can. The engine compares the finding's value as text, ignoring case.
     */
    public Optional<String> problemWithText(String text) {
        if (valueTypes.stream().anyMatch(t -> conformsText(t, text))) {
            return Optional.empty();
        }
        return Optional.of("'" + text + "' is not " + expected());
    }

    /** "a whole number from 1 to 5", "one of central, lateral_recess, foraminal", for messages and the docs. */
    public String expected() {
        return valueTypes.stream().map(this::describe).collect(Collectors.joining(", or "));
    }

    private String describe(ValueType t) {
        return switch (t) {
            case ENUM -> "one of " + String.join(", ", valueNames());
            case STRING -> pattern == null ? "text" : "text matching " + pattern;
            case INTEGER -> "a whole number" + bounds();
            case NUMBER -> "a number" + bounds();
            case DATE -> "a date (YYYY-MM-DD)";
            case BOOLEAN -> "true or false";
            case LEVEL -> "a spinal level written as L4-L5";
            case LIST -> "a list of " + (itemType == ValueType.ENUM ? String.join(", ", valueNames()) : itemType.wireName() + "s");
        };
    }

    private String bounds() {
        if (min != null && max != null) return " from " + trim(min) + " to " + trim(max);
        if (min != null) return " of at least " + trim(min);
        return max != null ? " of at most " + trim(max) : "";
    }

    private static String trim(double d) {
        return d == Math.floor(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private boolean conforms(ValueType t, Object v) {
        return switch (t) {
            case ENUM -> v instanceof String s && valueNames().contains(s);
            case STRING -> v instanceof String s && (pattern == null || s.matches(pattern));
            case INTEGER -> (v instanceof Integer || v instanceof Long) && inBounds(((Number) v).doubleValue());
            case NUMBER -> v instanceof Number n && inBounds(n.doubleValue());
            case DATE -> v instanceof LocalDate;
            case BOOLEAN -> v instanceof Boolean;
            case LEVEL -> v instanceof String s && isLevel(s);
            case LIST -> v instanceof List<?> items && items.stream().allMatch(this::conformsItem);
        };
    }

    private boolean conformsItem(Object item) {
        return switch (itemType) {
            case DATE -> item instanceof String s && isDate(s);
            case LIST -> false;
            default -> conforms(itemType, item);
        };
    }

    private boolean conformsText(ValueType t, String text) {
        return switch (t) {
            case ENUM -> allowed(text).isPresent();
            case STRING -> pattern == null || text.matches(pattern);
            case INTEGER -> INTEGER.matcher(text).matches() && inBounds(Double.parseDouble(text));
            case NUMBER -> number(text).map(this::inBounds).orElse(false);
            case DATE -> isDate(text);
            case BOOLEAN -> text.equals("true") || text.equals("false");
            case LEVEL -> isLevel(text);
            case LIST -> false; // where and require compare one value; a list never equals it
        };
    }

    private boolean inBounds(double d) {
        return (min == null || d >= min) && (max == null || d <= max);
    }

    /** Canonical only: the engine compares the finding's "L4-L5" as text, so "L4-5" would never match. */
    private static boolean isLevel(String s) {
        return SpinalLevel.parse(s).map(l -> l.toString().equalsIgnoreCase(s)).orElse(false);
    }

    private static boolean isDate(String s) {
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Optional<Double> number(String s) {
        try {
            return Optional.of(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
