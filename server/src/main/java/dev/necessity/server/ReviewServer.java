package dev.necessity.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.necessity.app.Pipeline;
import dev.necessity.intake.CaseReader;
import dev.necessity.intake.IntakeOptions;
import dev.necessity.server.access.Caller;
import dev.necessity.server.access.Users;
import dev.necessity.server.cases.PriorAuthMetrics;
import dev.necessity.server.cases.ReviewQueue;
import dev.necessity.server.cases.Reviews;
import dev.necessity.server.cases.UploadLimits;
import dev.necessity.server.cases.Uploads;
import dev.necessity.server.db.Database;
import dev.necessity.server.problem.ApiProblem;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The HTTP review service (contracts section 5): {@link #start} opens the database (migrating
 * it), builds the routes and serves them until {@link #close}. Each route checks its caller's
 * token and role before it runs; anything a client sent that cannot be used is answered 4xx with
 * {@code {"code", "message"}}, and only the service's own failures are 500. One request line per
 * request goes to the log: time, method, route template, status, milliseconds, user and role;
 * never a document, a request field or a message about one.
 */
public final class ReviewServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CALLER = "necessity.caller";
    private static final String ROUTE = "necessity.route";

    private final Database db;
    private final Javalin javalin;
    private final Path workDir;
    private final List<Route> routes;

    private ReviewServer(Database db, Javalin javalin, Path workDir, List<Route> routes) {
        this.db = db;
        this.javalin = javalin;
        this.workDir = workDir;
        this.routes = routes;
    }

    public static ReviewServer start(ServerOptions options) {
        Database db = Database.open(options.jdbcUrl());
        try {
            Path work = workDirectory();
            OperationalMetrics metrics = new OperationalMetrics();
            IntakeOptions intake = IntakeOptions.defaults();
            Pipeline pipeline = new Pipeline(options.knowledge(), new CaseReader(intake));
            Reviews reviews = new Reviews(db, pipeline, work, options.clock(), metrics::assessment);
            Users users = new Users(db, options.clock());
            Uploads uploads = new Uploads(UploadLimits.from(intake), work);
            List<Route>[] holder = new List[1];
            List<Route> routes = ApiRoutes.all(reviews, new ReviewQueue(db, options.clock()), new PriorAuthMetrics(db), uploads, metrics,
                    () -> holder[0]);
            holder[0] = routes;
            Javalin javalin = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.startup.showOldJavalinVersionWarning = false;
                config.http.maxRequestSize = UploadLimits.from(intake).maxBodyBytes();
                config.requestLogger.http((ctx, ms) -> logRequest(options, metrics, ctx, ms));
                for (Route r : routes) {
                    config.routes.addHttpHandler(handlerType(r.method()), r.path(), ctx -> serve(r, users, ctx));
                }
                config.routes.exception(ApiProblem.class, (e, ctx) -> problem(ctx, e.status(), e.code(), e.getMessage()));
                config.routes.exception(HttpResponseException.class, (e, ctx) ->
                        problem(ctx, e.getStatus(), "NEC-SERVER-" + e.getStatus(), e.getStatus() == 404 ? "no such route" : "the request could not be handled"));
                config.routes.exception(Exception.class, (e, ctx) -> internal(options, ctx, e));
            });
            javalin.start(options.host(), options.port());
            return new ReviewServer(db, javalin, work, routes);
        } catch (IOException e) {
            db.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * A private directory (0700) where submissions are staged for intake: in memory (/dev/shm) where
     * the system has it, since every submission writes and removes its files there. It is removed
     * when the service stops; a killed service leaves it behind. The system property
     * {@code necessity.server.work} puts it inside another directory (tests that kill the service).
     */
    private static Path workDirectory() throws IOException {
        String configured = System.getProperty("necessity.server.work");
        if (configured != null && !configured.isBlank()) {
            Path parent = Files.createDirectories(Path.of(configured));
            return Files.createTempDirectory(parent, "necessity-server-");
        }
        Path shm = Path.of("/dev/shm");
        if (Files.isDirectory(shm) && Files.isWritable(shm)) {
            try {
                return Files.createTempDirectory(shm, "necessity-server-");
            } catch (IOException e) {
                // fall back to the usual temporary directory
            }
        }
        return Files.createTempDirectory("necessity-server-");
    }

    /** The port the service listens on. */
    public int port() {
        return javalin.port();
    }

    /** The routes served, as declared (and as /openapi.json describes them). */
    public List<Route> routes() {
        return routes;
    }

    public Database database() {
        return db;
    }

    @Override
    public void close() {
        javalin.stop();
        db.close();
        try (Stream<Path> all = Files.walk(workDir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory the operating system clears
        }
    }

    private static void serve(Route route, Users users, Context ctx) throws Exception {
        ctx.attribute(ROUTE, route.path());
        Caller caller = null;
        if (!route.isPublic()) {
            caller = users.authenticate(ctx.header("Authorization"));
            ctx.attribute(CALLER, caller);
            if (!route.roles().contains(caller.role())) {
                throw ApiProblem.forbidden("a " + caller.role().wireName() + " may not use " + route.method() + " " + route.path());
            }
        }
        route.handler().handle(ctx, caller);
    }

    private static HandlerType handlerType(String method) {
        return switch (method) {
            case "GET" -> HandlerType.GET;
            case "POST" -> HandlerType.POST;
            default -> throw new IllegalArgumentException("no route uses " + method);
        };
    }

    private static void problem(Context ctx, int status, String code, String message) {
        ObjectNode body = JSON.createObjectNode().put("code", code).put("message", message);
        ctx.status(status);
        ApiRoutes.json(ctx, body);
    }

    private static void internal(ServerOptions options, Context ctx, Exception e) {
        String ref = UUID.randomUUID().toString();
        options.log().line(Instant.now(options.clock()) + " ERROR ref=" + ref + " " + Failures.withoutMessages(e));
        problem(ctx, 500, "NEC-SERVER-500", "internal error; the service log has its reference " + ref);
    }

    private static void logRequest(ServerOptions options, OperationalMetrics metrics, Context ctx, Float ms) {
        String route = ctx.attribute(ROUTE);
        String template = route == null ? "(no route)" : route;
        int status = ctx.status().getCode();
        String method = ctx.method().name().toUpperCase(Locale.ROOT);
        metrics.request(method, template, status);
        Caller caller = ctx.attribute(CALLER);
        String line = Instant.now(options.clock()) + " " + method + " " + template
                + (ctx.pathParamMap().containsKey("caseId") && route != null ? " id=" + safeId(ctx.pathParam("caseId")) : "")
                + " " + status + String.format(Locale.ROOT, " %.1fms", ms)
                + (caller == null ? "" : " user=" + caller.name() + " role=" + caller.role().wireName());
        options.log().line(line);
    }

    /** A case id as the log shows it: server ids are UUIDs; anything else a client typed is not repeated. */
    private static String safeId(String id) {
        return id.matches("[0-9a-f-]{36}") ? id : "(not a case id)";
    }
}
