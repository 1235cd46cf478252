package dev.necessity.model;

import java.util.Set;

/**
 * The finding types the extractor emits and policies may name. Each type's attributes and values are
 * the finding model, {@code knowledge/schema/findings.yaml} (shown as {@code docs/findings.md}); the policy
 * checker rejects any other type, attribute or value, and a test holds these names to the model's.
 */
public final class FindingTypes {
    public static final String IMAGING_STUDY = "imaging_study";
    public static final String STENOSIS = "stenosis";
    public static final String SPONDYLOLISTHESIS = "spondylolisthesis";
    public static final String INSTABILITY = "instability";
    public static final String DISC_HERNIATION = "disc_herniation";
    public static final String NERVE_ROOT = "nerve_root";
    public static final String MODIC_CHANGE = "modic_change";
    public static final String CORD_COMPRESSION = "cord_compression";
    public static final String CORD_SIGNAL_CHANGE = "cord_signal_change";
    public static final String DEFORMITY = "deformity";
    public static final String PSEUDARTHROSIS = "pseudarthrosis";
    public static final String PRIOR_SURGERY = "prior_surgery";
    public static final String DESTABILIZING_DECOMPRESSION = "destabilizing_decompression";
    public static final String KELLGREN_LAWRENCE = "kellgren_lawrence";
    public static final String SYMPTOM = "symptom";
    public static final String EXAM = "exam";
    public static final String RED_FLAG = "red_flag";
    public static final String THERAPY = "therapy";
    public static final String NICOTINE = "nicotine";
    public static final String LAB = "lab";
    public static final String BMI = "bmi";
    public static final String PAIN_SCORE = "pain_score";
    public static final String CONDITION = "condition";

    public static final Set<String> ALL = Set.of(IMAGING_STUDY, STENOSIS, SPONDYLOLISTHESIS, INSTABILITY,
            DISC_HERNIATION, NERVE_ROOT, MODIC_CHANGE, CORD_COMPRESSION, CORD_SIGNAL_CHANGE, DEFORMITY,
            PSEUDARTHROSIS, PRIOR_SURGERY, DESTABILIZING_DECOMPRESSION, KELLGREN_LAWRENCE, SYMPTOM, EXAM,
            RED_FLAG, THERAPY, NICOTINE, LAB, BMI, PAIN_SCORE, CONDITION);

    /**
     * What a radiologist reads off the images of a study (and a clinic note may recount): graded or described findings,
     * not the history a report's indication line repeats. Red flags are read on images only in part (a fracture, not a
     * fever), so they are not here.
     */
    public static final Set<String> READ_ON_IMAGES = Set.of(STENOSIS, SPONDYLOLISTHESIS, INSTABILITY, DISC_HERNIATION, NERVE_ROOT,
            MODIC_CHANGE, CORD_COMPRESSION, CORD_SIGNAL_CHANGE, DEFORMITY, PSEUDARTHROSIS, KELLGREN_LAWRENCE);

    private FindingTypes() {
    }
}
