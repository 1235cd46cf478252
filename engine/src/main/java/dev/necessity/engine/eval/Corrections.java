package dev.necessity.engine.eval;

import dev.necessity.model.Finding;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Corrections of the chart: a finding marked {@code correction} (an addendum's "CORRECTION: social history
 * carried forward and not updated. Patient is a former smoker - quit 04/02/2026") supersedes the findings of
 * its type recorded before it that state another {@code status}: earlier in its own record, or in a record
 * dated on or before it. A statement recorded after the correction is not superseded; the chart said it
 * again, and it stands.
 */
final class Corrections {
    private final CaseFacts facts;

    Corrections(CaseFacts facts) {
        this.facts = facts;
    }

    /** The correction that supersedes {@code f}, if any. */
    Optional<Finding> correcting(Finding f) {
        if (f.flag("correction") || f.string("status").isEmpty()) {
            return Optional.empty();
        }
        return facts.corrections(f.type()).stream()
                .filter(c -> c.string("status").isPresent() && !c.string("status").equals(f.string("status")))
                .filter(c -> recordedBefore(f, c))
                .findFirst();
    }

    private boolean recordedBefore(Finding f, Finding correction) {
        if (f.document().equals(correction.document())) {
            return f.span().start() < correction.span().start();
        }
        Optional<LocalDate> written = facts.documentDate(f);
        Optional<LocalDate> corrected = facts.documentDate(correction);
        return written.isPresent() && corrected.isPresent() && !written.get().isAfter(corrected.get());
    }
}
