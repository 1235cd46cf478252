package dev.necessity.synth;

import java.time.LocalDate;

/**
 * One kind of synthetic request, for one reference policy. A scenario draws the clinical facts at
 * random, writes the notes a clinician would write about them in varied phrasings, and works out the
 * expected determination from the facts by the policy's rules, independently of the engine, so a
 * generated corpus is a regression oracle as well as a load. Each instance is made for one case
 * with that case's seeded {@link Phrasing}.
 */
interface Scenario {
    /** A complete case; the request is dated {@code request}. */
    SynthCase draw(LocalDate request);
}
