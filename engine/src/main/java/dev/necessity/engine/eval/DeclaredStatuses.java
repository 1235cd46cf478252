package dev.necessity.engine.eval;

import dev.necessity.engine.trace.Status;
import dev.necessity.model.ServiceLine;
import java.util.Optional;

/**
 * Statuses stated for criteria by id, in place of reading them from findings: how a synthetic
 * scenario says what its drawn facts decide, so that its expected outcome comes from the policy's
 * own tree (its operators, waivers, applicability, exclusions and add-on rules) instead of a second
 * copy of them. A declared node's children are not evaluated; its waivers still are. Under a
 * declaration every criterion that reads findings (a finding test or a care duration) must be
 * declared itself or sit under a declared node: an evaluation that reaches one undeclared fails.
 */
@FunctionalInterface
public interface DeclaredStatuses {
    /** The status declared for the criterion with this id on this line, or empty to evaluate it as usual. */
    Optional<Status> of(String criterionId, ServiceLine line);
}
