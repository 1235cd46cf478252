package dev.necessity.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A versioned medical policy: the codes it covers, its criteria tree, exclusions, discordance
 * rules, alternatives and reviewer pitfalls. Immutable, so one parsed policy serves every case.
 * {@code replaces} names the policies of earlier knowledge directories this one takes the place
 * of (AUTHORING.md): without it, a policy claiming another policy's primary code is an error.
 */
public record Policy(String id, String version, LocalDate effective, String title, String file,
                     List<CodeEntry> primaryCodes, List<AddOnCode> addOnCodes, Criterion criteria,
                     List<Criterion> exclusions, List<DiscordanceRule> discordances,
                     List<PolicyNote> alternatives, List<PolicyNote> pitfalls, SourcePosition position,
                     List<String> replaces) {
    public Policy {
        primaryCodes = List.copyOf(primaryCodes);
        addOnCodes = List.copyOf(addOnCodes);
        exclusions = List.copyOf(exclusions);
        discordances = List.copyOf(discordances);
        alternatives = List.copyOf(alternatives);
        pitfalls = List.copyOf(pitfalls);
        replaces = replaces == null ? List.of() : List.copyOf(replaces);
    }

    /** A policy that replaces none. */
    public Policy(String id, String version, LocalDate effective, String title, String file,
                  List<CodeEntry> primaryCodes, List<AddOnCode> addOnCodes, Criterion criteria,
                  List<Criterion> exclusions, List<DiscordanceRule> discordances,
                  List<PolicyNote> alternatives, List<PolicyNote> pitfalls, SourcePosition position) {
        this(id, version, effective, title, file, primaryCodes, addOnCodes, criteria, exclusions, discordances,
                alternatives, pitfalls, position, List.of());
    }

    /** A code with the project's own short description (never an AMA descriptor). */
    public record CodeEntry(String code, String description) {
    }

    /** An add-on code and the primary codes it may attach to (any code of the policy when empty). */
    public record AddOnCode(String code, String description, List<String> primaries) {
        public AddOnCode {
            primaries = primaries == null ? List.of() : List.copyOf(primaries);
        }
    }

    /**
     * A coded diagnosis that the documentation must support: when the request carries one of
     * {@code diagnosisPrefixes} and {@code support} is NOT_MET, the report flags the mismatch.
     */
    public record DiscordanceRule(String id, String title, List<String> diagnosisPrefixes, Criterion support,
                                  String text, List<CitationRef> citations) {
        public DiscordanceRule {
            diagnosisPrefixes = List.copyOf(diagnosisPrefixes);
            citations = List.copyOf(citations);
        }
    }

    /** Free text with citations (an alternative or a pitfall); shown only when {@code when} is met, if given. */
    public record PolicyNote(String id, String text, List<CitationRef> citations, Criterion when) {
        public PolicyNote {
            citations = List.copyOf(citations);
        }
    }

    public boolean coversPrimary(String code) {
        return primaryCodes.stream().anyMatch(c -> c.code().equals(code));
    }

    public Optional<AddOnCode> addOn(String code) {
        return addOnCodes.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
