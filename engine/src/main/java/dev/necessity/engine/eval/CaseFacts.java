package dev.necessity.engine.eval;

import dev.necessity.model.CaseRequest;
import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.DocumentExtraction;
import dev.necessity.model.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The request and everything extracted from its documents, indexed for the evaluators. */
public final class CaseFacts {
    private final CaseRequest request;
    private final List<Finding> findings;
    private final Map<String, ClinicalDocument> documents = new HashMap<>();
    private final Map<String, List<Finding>> byType = new HashMap<>();
    private final Map<String, List<Finding>> correctionsByType = new HashMap<>();

    public CaseFacts(CaseRequest request, List<DocumentExtraction> extractions) {
        this.request = request;
        List<Finding> all = new ArrayList<>();
        for (DocumentExtraction e : extractions) {
            documents.put(e.document().name(), e.document());
            all.addAll(e.findings());
        }
        this.findings = List.copyOf(all);
        for (Finding f : findings) {
            byType.computeIfAbsent(f.type(), k -> new ArrayList<>()).add(f);
            if (f.flag("correction") && f.asserted()) {
                correctionsByType.computeIfAbsent(f.type(), k -> new ArrayList<>()).add(f);
            }
        }
    }

    public CaseRequest request() {
        return request;
    }

    public LocalDate requestDate() {
        return request.requestDate();
    }

    public List<Finding> findings() {
        return findings;
    }

    public List<Finding> ofType(String type) {
        return byType.getOrDefault(type, List.of());
    }

    /** The findings of {@code type} stated by a correction of the chart ({@code correction}), sorted out once per case. */
    public List<Finding> corrections(String type) {
        return correctionsByType.getOrDefault(type, List.of());
    }

    public Optional<ClinicalDocument> document(String name) {
        return Optional.ofNullable(documents.get(name));
    }

    /** The date a finding speaks for: its own date attribute, else its document's date. */
    public Optional<LocalDate> dateOf(Finding f) {
        return ownDate(f).or(() -> documentDate(f));
    }

    /** The date the finding itself states ({@code date}, else {@code endDate}, else {@code startDate}); empty when it states none. */
    public Optional<LocalDate> ownDate(Finding f) {
        for (String attr : List.of("date", "endDate", "startDate")) {
            Optional<LocalDate> d = f.date(attr);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** The date of the document a finding was read from: when it was written, not when what it mentions happened. */
    public Optional<LocalDate> documentDate(Finding f) {
        return document(f.document()).map(ClinicalDocument::date);
    }
}
