package dev.necessity.cli.fuzz;

import java.io.IOException;

/**
 * One change to a case in a {@link Trial}. Implementations are records, so the failing sample the fuzz
 * prints reads as what was done ("Truncate[document=2, at=0.41]"), enough to write the regression
 * test. A mutation whose target is gone (a document already deleted) does nothing.
 */
interface Mutation {
    void applyTo(Trial trial) throws IOException;
}
