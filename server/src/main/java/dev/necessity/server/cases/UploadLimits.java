package dev.necessity.server.cases;

import dev.necessity.intake.IntakeOptions;

/**
 * Bounds on what one HTTP submission may carry, derived from intake's limits (docs/limits.md) so
 * that the service refuses early, while reading the body, what intake would refuse anyway.
 *
 * @param maxParts         multipart parts: every document and request.json
 * @param maxFileBytes     one part or zip entry, expanded
 * @param maxBodyBytes     the whole request body as sent (multipart framing or compressed zip)
 * @param maxExpandedBytes every zip entry together, expanded
 * @param maxZipEntries    entries in a zip, directories included
 * @param maxExpansionRatio expanded bytes per compressed byte, for a zip past 1 MB expanded
 */
public record UploadLimits(int maxParts, long maxFileBytes, long maxBodyBytes, long maxExpandedBytes, int maxZipEntries,
                           int maxExpansionRatio) {

    public static UploadLimits from(IntakeOptions intake) {
        long file = Math.max(intake.maxDocumentBytes(), intake.maxRequestBytes());
        long total = intake.maxCaseBytes();
        return new UploadLimits(intake.maxDocuments() + 1, file, total + 256 * 1024, total, 2 * intake.maxDocuments() + 2, 100);
    }
}
