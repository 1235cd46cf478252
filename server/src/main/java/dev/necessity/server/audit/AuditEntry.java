package dev.necessity.server.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One entry of the audit chain. {@link #hash()} is SHA-256 over {@link #canonical()}: every field
 * and the previous entry's hash, each written as its length, a colon and its characters, so no
 * two different entries serialise alike and none can be edited, renumbered or moved without its
 * hash, and every later entry's link, changing.
 *
 * @param caseId null for an entry about no case
 * @param detail a JSON object written by the service: ids, outcomes, hashes, reasons; never document text
 */
public record AuditEntry(long seq, String caseId, long atMs, String actor, String action, String detail,
                         String prevHash, String hash) {

    /** The hash of the entry before the first. */
    public static final String GENESIS = "0".repeat(64);

    /** A new entry, its hash computed from its fields and {@code prevHash}. */
    public static AuditEntry create(long seq, String caseId, long atMs, String actor, String action, String detail, String prevHash) {
        AuditEntry unsigned = new AuditEntry(seq, caseId, atMs, actor, action, detail, prevHash, "");
        return new AuditEntry(seq, caseId, atMs, actor, action, detail, prevHash, unsigned.computeHash());
    }

    public String canonical() {
        StringBuilder s = new StringBuilder(256 + detail.length());
        field(s, "audit-v1");
        field(s, Long.toString(seq));
        field(s, caseId == null ? "-" : "+" + caseId);
        field(s, Long.toString(atMs));
        field(s, actor);
        field(s, action);
        field(s, detail);
        field(s, prevHash);
        return s.toString();
    }

    /** SHA-256 of {@link #canonical()}, hex; equal to {@link #hash()} when the entry is as written. */
    public String computeHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static void field(StringBuilder s, String value) {
        s.append(value.length()).append(':').append(value).append('\n');
    }
}
