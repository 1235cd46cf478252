package dev.necessity.server.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * An API token, {@code nec_<selector>.<secret>} (base64url, which has no dot): the selector finds the user's row, and the row
 * holds only a random salt and SHA-256(salt || secret), so the database never holds a usable
 * token. The secret is 256 random bits, which is why one fast hash suffices (a slow password
 * hash protects guessable secrets; this one cannot be guessed), and each request costs one
 * hash rather than a key-derivation function.
 */
public record ApiToken(String selector, String secret) {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
    private static final String PREFIX = "nec_";

    public static ApiToken generate() {
        return new ApiToken(random(12), random(32));
    }

    /** The token a client presents, or empty when it is not shaped like one. */
    public static Optional<ApiToken> parse(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 200) {
            return Optional.empty();
        }
        String rest = presented.substring(PREFIX.length());
        int cut = rest.indexOf('.');
        if (cut <= 0 || cut == rest.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new ApiToken(rest.substring(0, cut), rest.substring(cut + 1)));
    }

    /** What the client keeps and sends as {@code Authorization: Bearer ...}. */
    public String value() {
        return PREFIX + selector + "." + secret;
    }

    public static String newSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    /** SHA-256 over the salt's bytes and the secret's, hex. */
    public String hash(String saltHex) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(HexFormat.of().parseHex(saltHex));
            sha.update(secret.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Whether this token's secret is the one behind {@code storedHash}, compared in constant time. */
    public boolean matches(String saltHex, String storedHash) {
        return MessageDigest.isEqual(hash(saltHex).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "ApiToken[" + selector + "]"; // never the secret, should a token reach a log
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return BASE64.encodeToString(b);
    }
}
