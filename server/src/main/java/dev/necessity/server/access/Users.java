package dev.necessity.server.access;

import dev.necessity.server.db.Database;
import dev.necessity.server.problem.ApiProblem;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The service's users and their tokens. A token is looked up by its selector; a row once read is
 * kept in memory (users are added, never changed, in this version), so a request costs one
 * SHA-256 and no query.
 */
public final class Users {
    private final Database db;
    private final Clock clock;
    private final ConcurrentHashMap<String, StoredUser> bySelector = new ConcurrentHashMap<>();

    public Users(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** A user with a new token; the token's value is shown once and never stored. */
    public record Added(Caller user, String token) {
    }

    /**
     * Adds a user. Without an organisation, the user is an organisation of its own (named after it).
     *
     * @throws IllegalArgumentException when the name is blank, too long or taken
     */
    public Added add(String name, Role role, String org) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 200 || n.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a user name is 1 to 200 characters without control characters");
        }
        String o = org == null || org.isBlank() ? n : org.strip();
        if (o.length() > 200 || o.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("an organisation name is at most 200 characters without control characters");
        }
        ApiToken token = ApiToken.generate();
        String salt = ApiToken.newSalt();
        db.transaction(c -> {
            try (PreparedStatement taken = c.prepareStatement("SELECT 1 FROM users WHERE name = ?")) {
                taken.setString(1, n);
                try (ResultSet rs = taken.executeQuery()) {
                    if (rs.next()) {
                        throw new IllegalArgumentException("a user named '" + n + "' already exists");
                    }
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO users (name, role, org, token_selector, token_salt, "
                    + "token_hash, created_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, n);
                insert.setString(2, role.wireName());
                insert.setString(3, o);
                insert.setString(4, token.selector());
                insert.setString(5, salt);
                insert.setString(6, token.hash(salt));
                insert.setLong(7, clock.millis());
                insert.executeUpdate();
            }
            return null;
        });
        return new Added(new Caller(n, role, o), token.value());
    }

    /**
     * The caller an {@code Authorization} header names.
     *
     * @throws ApiProblem 401 when the header is missing, malformed or names no user
     */
    public Caller authenticate(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw new ApiProblem(401, "NEC-SERVER-401", "missing token: send Authorization: Bearer <token>");
        }
        String presented = authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7).strip() : "";
        ApiToken token = ApiToken.parse(presented)
                .orElseThrow(() -> new ApiProblem(401, "NEC-SERVER-401", "unknown token"));
        StoredUser user = bySelector.get(token.selector());
        if (user == null) {
            user = load(token.selector()).orElse(null);
            if (user != null) {
                bySelector.put(token.selector(), user);
            }
        }
        if (user == null || !token.matches(user.salt(), user.hash())) {
            throw new ApiProblem(401, "NEC-SERVER-401", "unknown token");
        }
        return user.caller();
    }

    private Optional<StoredUser> load(String selector) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT name, role, org, token_salt, token_hash FROM users WHERE token_selector = ?")) {
                q.setString(1, selector);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    Role role = Role.parse(rs.getString(2)).orElseThrow(() -> new SQLException("unknown role in users table"));
                    return Optional.of(new StoredUser(new Caller(rs.getString(1), role, rs.getString(3)), rs.getString(4), rs.getString(5)));
                }
            }
        });
    }

    private record StoredUser(Caller caller, String salt, String hash) {
    }
}
