package dev.necessity.extract.negation;

/** What a ConText trigger phrase does to the concepts in its scope. */
public enum TriggerCategory {
    NEGATED, UNCERTAIN, HISTORICAL,
    /** The concept is about someone other than the patient ("his mother had lumbar stenosis"). */
    EXPERIENCER,
    /** Looks like a trigger but is not ("no change", "prior to"): masks the shorter trigger inside it. */
    PSEUDO,
    /** Ends the scope of any trigger ("but", "however", ";"). */
    TERMINATE
}
