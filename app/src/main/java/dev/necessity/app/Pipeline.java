package dev.necessity.app;

import dev.necessity.engine.Engine;
import dev.necessity.engine.FindingDemand;
import dev.necessity.engine.trace.Determination;
import dev.necessity.extract.ClinicalExtractor;
import dev.necessity.intake.CaseReader;
import dev.necessity.model.CaseRequest;
import dev.necessity.model.DocumentExtraction;
import dev.necessity.policy.KnowledgeBase;
import java.nio.file.Path;
import java.util.List;

/**
 * Records to determination: read the case, extract from every document what its policies read,
 * evaluate. One instance holds the parsed knowledge base and compiled extractor, and is safe to
 * share across threads.
 */
public final class Pipeline {
    private final CaseReader reader;
    private final ClinicalExtractor extractor = new ClinicalExtractor();
    private final KnowledgeBase knowledge;
    private final Engine engine;

    public Pipeline(KnowledgeBase knowledge) {
        this(knowledge, new CaseReader());
    }

    /** A pipeline reading cases with {@code reader}: other limits, or a fixed "today" (golden reports). */
    public Pipeline(KnowledgeBase knowledge, CaseReader reader) {
        this.knowledge = knowledge;
        this.reader = reader;
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

    /**
     * The findings the request's policies read, from every document: the same determination as
     * extracting everything, without running the readers of findings no policy of the case reads.
     */
    public List<DocumentExtraction> extract(CaseRequest request) {
        FindingDemand demand = engine.demand(request);
        return request.documents().stream().map(d -> extractor.extract(d, demand.types(d.type()))).toList();
    }

    public ClinicalExtractor extractor() {
        return extractor;
    }

    public CaseReader reader() {
        return reader;
    }
}
