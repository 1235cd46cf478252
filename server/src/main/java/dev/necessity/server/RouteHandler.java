package dev.necessity.server;

import dev.necessity.server.access.Caller;
import io.javalin.http.Context;

/** What a route does once its caller is known and allowed; {@code caller} is null on a public route. */
@FunctionalInterface
public interface RouteHandler {
    void handle(Context ctx, Caller caller) throws Exception;
}
