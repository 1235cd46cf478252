package dev.necessity.cli;

import dev.necessity.engine.Determination;
import dev.necessity.engine.Engine;
import dev.necessity.extract.ClinicalExtractor;
import dev.necessity.intake.CaseReader;
import dev.necessity.model.CaseRequest;
import dev.necessity.model.DocumentExtraction;
import dev.necessity.policy.KnowledgeBase;
import java.nio.file.Path;
import java.util.List;

/**
 * Records to determination: read the case, extract every document, evaluate. One instance holds
 * the parsed knowledge base and compiled extractor, and is safe to share across threads.
 */
public final class Pipeline {
    private final CaseReader reader = new CaseReader();
    private final ClinicalExtractor extractor = new ClinicalExtractor();
    private final KnowledgeBase knowledge;
    private final Engine engine;

    public Pipeline(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.engine = new Engine(knowledge);
    }

    public KnowledgeBase knowledge() {
        return knowledge;
    }

    public Determination assess(Path caseDir) {
        return assess(reader.read(caseDir));
    }

    public Determination assess(CaseRequest request) {
        return engine.assess(request, extract(request));
    }

    public List<DocumentExtraction> extract(CaseRequest request) {
        return request.documents().stream().map(extractor::extract).toList();
    }

    public ClinicalExtractor extractor() {
        return extractor;
    }

    public CaseReader reader() {
        return reader;
    }
}
