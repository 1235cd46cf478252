package dev.necessity.extract.negation;

/** What a ConText trigger phrase does to the concepts in its scope. */
public enum TriggerCategory {
    NEGATED, UNCERTAIN, HISTORICAL,
    /** The concept is about someone other than the patient ("his mother had lumbar stenosis"). */
    EXPERIENCER,
    /**
     * The concept is what might happen, not what is: a return precaution ("return if bowel or bladder
     * changes develop"), a condition ("should she develop saddle numbness"), a screen's label.
     */
    HYPOTHETICAL,
    /** Looks like a trigger but is not ("no change", "prior to"): masks the shorter trigger inside it. */
    PSEUDO,
    /** Ends the scope of any trigger ("but", "however", ";"). */
    TERMINATE
}
