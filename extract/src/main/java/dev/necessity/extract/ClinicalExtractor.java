package dev.necessity.extract;

import dev.necessity.extract.condition.ConditionReader;
import dev.necessity.extract.condition.DeformityReader;
import dev.necessity.extract.condition.KneeArthritisReader;
import dev.necessity.extract.exam.CervicalExamReader;
import dev.necessity.extract.exam.MotorExamReader;
import dev.necessity.extract.exam.NeuroExamReader;
import dev.necessity.extract.exam.ShorthandExamReader;
import dev.necessity.extract.imaging.CordReader;
import dev.necessity.extract.imaging.DiscReader;
import dev.necessity.extract.imaging.ImagingStudyReader;
import dev.necessity.extract.imaging.InstabilityReader;
import dev.necessity.extract.imaging.ListhesisReader;
import dev.necessity.extract.imaging.ModicReader;
import dev.necessity.extract.imaging.NerveRootReader;
import dev.necessity.extract.imaging.StenosisReader;
import dev.necessity.extract.measurement.LabLineReader;
import dev.necessity.extract.measurement.MeasurementReader;
import dev.necessity.extract.measurement.PainTableReader;
import dev.necessity.extract.nicotine.NicotineReader;
import dev.necessity.extract.redflag.ActiveInfectionReader;
import dev.necessity.extract.redflag.PainAdmissionReader;
import dev.necessity.extract.redflag.RedFlagHistoryReader;
import dev.necessity.extract.redflag.RedFlagReader;
import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.spi.FindingDraft;
import dev.necessity.extract.spi.FindingReader;
import dev.necessity.extract.surgery.SurgicalHistoryReader;
import dev.necessity.extract.surgery.SurgicalPlanReader;
import dev.necessity.extract.symptom.ClaudicationPhraseReader;
import dev.necessity.extract.symptom.LegSymptomDenialReader;
import dev.necessity.extract.symptom.LimitationPhraseReader;
import dev.necessity.extract.symptom.MyelopathySymptomReader;
import dev.necessity.extract.symptom.RadiatingPainReader;
import dev.necessity.extract.symptom.RadiationPhraseReader;
import dev.necessity.extract.symptom.SymptomChangeReader;
import dev.necessity.extract.symptom.SymptomOnsetReader;
import dev.necessity.extract.symptom.SymptomPhraseReader;
import dev.necessity.extract.symptom.SymptomReader;
import dev.necessity.extract.text.ExtractionWork;
import dev.necessity.extract.therapy.ClaimCodeReader;
import dev.necessity.extract.therapy.InjectionReader;
import dev.necessity.extract.therapy.InjectionResponseReader;
import dev.necessity.extract.therapy.InjectionTotalReader;
import dev.necessity.extract.therapy.KneeCareReader;
import dev.necessity.extract.therapy.MedicationReader;
import dev.necessity.extract.therapy.TherapyCourseReader;
import dev.necessity.extract.therapy.TherapyDenialReader;
import dev.necessity.extract.therapy.TherapyEpisodeReader;
import dev.necessity.extract.therapy.TherapyMentionReader;
import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.DocumentExtraction;
import dev.necessity.model.Finding;
import dev.necessity.model.FindingTypes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads one clinical document into findings with exact character spans.
 *
 * <p>Contract: every finding's {@code quote} equals {@code document.text()} at its span; types
 * and attributes follow {@code docs/findings.md}; findings are ordered by span start, then type,
 * then span end, level and attributes, so the same document always gives the same list.
 * Instances are immutable and thread-safe: build once, use for every document.
 */
public final class ClinicalExtractor {

    private static final Comparator<Finding> ORDER = Comparator.comparingInt((Finding f) -> f.span().start())
            .thenComparing(Finding::type)
            .thenComparingInt(f -> f.span().end())
            // Unlevelled first, then cranio-caudally by the upper vertebra (SpinalLevel.compareTo).
            .thenComparing(Finding::level, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(f -> f.attributes().toString());

    private final List<FindingReader> readers = List.of(
            new ImagingStudyReader(), new StenosisReader(), new DiscReader(), new NerveRootReader(),
            new ListhesisReader(), new InstabilityReader(), new ModicReader(), new CordReader(),
            new SymptomReader(), new MotorExamReader(), new NeuroExamReader(), new RedFlagReader(), new NicotineReader(),
            new ConditionReader(), new MeasurementReader(), new SurgicalHistoryReader(), new DeformityReader(),
            new TherapyMentionReader(), new TherapyEpisodeReader(), new MedicationReader(), new InjectionReader(),
            new RadiatingPainReader(), new RedFlagHistoryReader(),
            new SymptomChangeReader(), new SurgicalPlanReader(),
            new InjectionResponseReader(),
            new CervicalExamReader(), new MyelopathySymptomReader(), new KneeArthritisReader(), new KneeCareReader(),
            new ActiveInfectionReader(),
            new PainAdmissionReader(), new ShorthandExamReader(), new LimitationPhraseReader(), new LegSymptomDenialReader(),
            new ClaudicationPhraseReader(), new RadiationPhraseReader(), new SymptomPhraseReader(), new LabLineReader(),
            new TherapyDenialReader(), new TherapyCourseReader(), new InjectionTotalReader(), new ClaimCodeReader(), new SymptomOnsetReader(),
            new PainTableReader());
    /** The readers to run for each set of asked-for types; a process sees a handful of distinct sets. */
    private final Map<Set<String>, List<FindingReader>> plans = new ConcurrentHashMap<>();

    /**
     * "**** THIS REPORT HAS BEEN SUPERSEDED - SEE CORRECTED REPORT DATED 08/31/2026 ****", "Report withdrawn": a header
     * (the first lines) saying the document no longer stands. A corrected report that "supersedes" another is not one.
     */
    private static final Pattern WITHDRAWN = Pattern.compile("(?i)\\bthis (?:report|study|document|note|result|read(?:ing)?) (?:has been|was|is)"
            + " (?:superseded|replaced|withdrawn|retracted|rescinded|voided)\\b|\\b(?:report|result|reading) (?:withdrawn|retracted|voided)\\b"
            + "|\\bsuperseded by (?:a |the )?(?:corrected|amended|revised|addended|new) (?:report|version|read(?:ing)?)\\b");
    private static final int HEADER_CHARS = 600;

    static boolean withdrawn(DocumentReading reading) {
        String text = reading.text();
        return WITHDRAWN.matcher(text).region(0, Math.min(text.length(), HEADER_CHARS)).find();
    }

    /**
     * Stops the extraction when its thread has been interrupted: a batch whose case ran past its time
     * budget interrupts the worker, and a worker busy reading a long document would otherwise run on,
     * abandoned, using a core for nothing. Looked at between readers, so a stop comes within one
     * reader's pass over one document; the interrupt flag is left set for the caller.
     */
    private static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new java.util.concurrent.CancellationException("extraction stopped: its thread was interrupted");
        }
    }

    /** Every finding the readers find in {@code document}. */
    public DocumentExtraction extract(ClinicalDocument document) {
        return extract(document, FindingTypes.ALL);
    }

    /**
     * The findings of {@code types} only: exactly those of {@link #extract(ClinicalDocument)}'s
     * findings, for less work, since a reader none of whose types is asked for does not run. An
     * assessment asks for what its policies read.
     */
    public DocumentExtraction extract(ClinicalDocument document, Set<String> types) {
        return extract(document, types, new ExtractionWork());
    }

    /** As {@link #extract(ClinicalDocument, Set)}, counting the work done in {@code work}. */
    DocumentExtraction extract(ClinicalDocument document, Set<String> types, ExtractionWork work) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(types, "types");
        DocumentReading reading = new DocumentReading(document, work);
        if (withdrawn(reading)) {
            // A report its own header says was superseded or withdrawn documents nothing: its corrected version does.
            return new DocumentExtraction(document, reading.sections(), List.of());
        }
        boolean every = types.containsAll(FindingTypes.ALL);
        List<Finding> findings = new ArrayList<>();
        List<FindingReader> plan = plans.get(types);
        if (plan == null) {
            plan = plans.computeIfAbsent(Set.copyOf(types), this::readersFor);
        }
        List<Finding> gapFillers = new ArrayList<>();
        for (FindingReader reader : plan) {
            stopIfInterrupted();
            for (FindingDraft draft : reader.read(reading)) {
                for (Finding f : draft.build()) {
                    // A reader of several types may emit some that were not asked for.
                    if (every || types.contains(f.type())) {
                        (reader.fillsGaps() ? gapFillers : findings).add(f);
                    }
                }
            }
        }
        if (!gapFillers.isEmpty()) {
            KindOverlaps kept = new KindOverlaps();
            findings.forEach(kept::add);
            for (Finding f : gapFillers) {
                work.comparedFindings(1);
                if (!kept.overlapsSameKind(f)) {
                    findings.add(f);
                    kept.add(f);
                }
            }
        }
        // Readers overlap by design (a general and a specialised grammar); the same fact is one finding.
        String text = reading.text();
        List<Finding> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(RetractedStatements.apply(text, PreliminaryReads.apply(text,
                dev.necessity.extract.therapy.CareTiming.apply(reading, findings)))));
        findings.clear();
        findings.addAll(distinct);
        findings.sort(ORDER);
        return new DocumentExtraction(document, reading.sections(), findings);
    }

    private List<FindingReader> readersFor(Set<String> types) {
        return readers.stream().filter(r -> r.types().stream().anyMatch(types::contains)).toList();
    }

    /** The readers in this extractor, in the order they run. */
    List<FindingReader> readers() {
        return readers;
    }
}
