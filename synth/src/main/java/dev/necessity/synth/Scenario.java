package dev.necessity.synth;

import java.time.LocalDate;

/**
 * One kind of synthetic request, for one reference policy. A scenario draws the clinical facts at
 * random and writes the notes a clinician would write about them in varied phrasings; its
 * {@link Expectations} (a decision table per criterion, in {@code expectations/<policy>.yaml}) say what
 * each criterion should find from those facts, and the policy's own tree turns that into the expected
 * determination, so a generated corpus is a regression oracle for reading as well as a load. Each
 * instance is made for one case with that case's seeded {@link Phrasing}.
 */
interface Scenario {
    /** A complete case; the request is dated {@code request}. */
    SynthCase draw(LocalDate request);
}
