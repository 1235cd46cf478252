package dev.necessity.cli;

import dev.necessity.server.db.Database;

/** How the service's database is named on the command line. */
final class DatabaseOptions {
    private DatabaseOptions() {
    }

    /** The URL as it may be printed: without its query, which can hold a password. */
    static String shown(String url) {
        String u = url == null ? Database.DEFAULT_URL : url;
        int query = u.indexOf('?');
        return query < 0 ? u : u.substring(0, query) + "?...";
    }
}
