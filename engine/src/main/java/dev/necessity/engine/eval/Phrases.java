package dev.necessity.engine.eval;

import dev.necessity.model.Whitespace;
import dev.necessity.model.EvidenceSpan;
import dev.necessity.model.Finding;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Small wording rules shared by the evaluators, so rationales read the same everywhere. */
final class Phrases {
    static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private Phrases() {
    }

    static String date(LocalDate d) {
        return d == null ? "undated" : US_DATE.format(d);
    }

    /** Quotes joined for a sentence: “a”, “b” and “c”; repeated quotes appear once. */
    static String quotes(Collection<Finding> findings) {
        Set<String> keys = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        List<Finding> all = List.copyOf(findings);
        boolean[] nested = NestedSpans.nested(all, Finding::document, f -> f.span().start(), f -> f.span().end());
        for (int i = 0; i < all.size(); i++) {
            Finding f = all.get(i);
            if (nested[i]) {
                continue;
            }
            String q = Whitespace.collapse(f.quote());
            if (keys.add(q.toLowerCase(Locale.ROOT))) {
                out.add("\u201c" + q + "\u201d");
            }
        }
        return join(out);
    }

    static String join(List<String> parts) {
        if (parts.isEmpty()) return "";
        if (parts.size() == 1) return parts.get(0);
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** Evidence spans in first-seen order with repeated quotes of the same text kept once. */
    static List<EvidenceSpan> evidence(Collection<Finding> findings) {
        List<EvidenceSpan> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Finding f : findings) {
            if (seen.add(f.document() + "|" + Whitespace.collapse(f.quote()).toLowerCase(Locale.ROOT))) {
                out.add(f.evidence());
            }
        }
        return withoutNested(out);
    }

    /** A quote lying wholly inside another quote of the same document adds nothing: "No fracture" within "No fracture or ...". */
    static List<EvidenceSpan> withoutNested(List<EvidenceSpan> spans) {
        boolean[] nested = NestedSpans.nested(spans, EvidenceSpan::document, EvidenceSpan::start, EvidenceSpan::end);
        List<EvidenceSpan> out = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            if (!nested[i]) {
                out.add(spans.get(i));
            }
        }
        return List.copyOf(out);
    }

    static List<EvidenceSpan> merge(Collection<List<EvidenceSpan>> lists) {
        Set<String> seen = new LinkedHashSet<>();
        List<EvidenceSpan> out = new ArrayList<>();
        for (List<EvidenceSpan> l : lists) {
            for (EvidenceSpan e : l) {
                if (seen.add(e.document() + "|" + Whitespace.collapse(e.quote()).toLowerCase(Locale.ROOT))) {
                    out.add(e);
                }
            }
        }
        return withoutNested(out);
    }

    static String lowerFirst(String s) {
        if (s == null || s.isEmpty()) return s;
        if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) return s; // keep acronyms such as "MRI"
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static String capitalise(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String sentence(String s) {
        String t = s.trim();
        return t.endsWith(".") ? t : t + ".";
    }

    static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static String levels(Collection<?> levels) {
        return levels.stream().map(Object::toString).collect(Collectors.joining(", "));
    }
}
