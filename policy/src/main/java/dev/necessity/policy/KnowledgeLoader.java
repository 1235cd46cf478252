package dev.necessity.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads a knowledge base from one or more roots, each laid out as {@code sources.yaml}, an optional
 * {@code definitions.yaml} (named criteria its policies share) and {@code policies/<id>/policy.yaml}.
 * Later roots overlay earlier ones: a source or policy with the same id replaces the earlier one, so a
 * payer adds or changes policies without touching Java, best as a few patches on a loaded policy
 * ({@code extends}). Every policy file is compiled ({@link PolicyCompiler}) before it is read. A policy
 * with another id takes an earlier one's codes only when it declares {@code replaces}
 * ({@link PolicyClaims}); every file is read within the limits of {@link KnowledgeText} and
 * {@link YamlTree}.
 */
public final class KnowledgeLoader {
    private static final String BUILT_IN = "/knowledge/sources.yaml";
    private static final String BUILT_IN_PREFIX = "builtin:";
    /** Named criteria several policies of a knowledge directory use ({@link Definitions}). */
    static final String DEFINITIONS = "definitions.yaml";
    private static volatile KnowledgeBase builtIn;

    private KnowledgeLoader() {
    }

    /** The knowledge base shipped inside the jar, parsed once per process. */
    public static KnowledgeBase builtIn() {
        KnowledgeBase kb = builtIn;
        if (kb == null) {
            synchronized (KnowledgeLoader.class) {
                if (builtIn == null) {
                    builtIn = load(List.of(builtInRoot()));
                }
                kb = builtIn;
            }
        }
        return kb;
    }

    /** The built-in knowledge base overlaid with {@code overlays}, in order. */
    public static KnowledgeBase withOverlays(List<Path> overlays) {
        if (overlays.isEmpty()) {
            return builtIn();
        }
        List<Path> roots = new ArrayList<>();
        roots.add(builtInRoot());
        roots.addAll(overlays);
        return load(roots);
    }

    /** Loads and checks; throws {@link KnowledgeException} listing every problem. */
    public static KnowledgeBase load(List<Path> roots) {
        List<PolicyProblem> problems = new ArrayList<>();
        KnowledgeBase kb = load(roots, problems);
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems);
        }
        return kb;
    }

    /** Loads what it can and adds every problem to {@code problems} (the linter's entry point). */
    public static KnowledgeBase load(List<Path> roots, List<PolicyProblem> problems) {
        Map<String, Source> sources = new LinkedHashMap<>();
        for (Path root : roots) {
            Path file = root.resolve("sources.yaml");
            if (Files.exists(file)) {
                YamlTree doc = parse(file, problems);
                if (doc != null) {
                    sources.putAll(SourceCatalog.read(doc, problems).sources());
                }
            }
        }
        SourceCatalog catalog = new SourceCatalog(sources);
        PolicySchema schema = new PolicySchema();
        FindingModel model = FindingModel.builtIn();
        int before = problems.size();
        List<PolicyCompiler.Source> files = new ArrayList<>();
        List<Definitions> shared = new ArrayList<>();
        Definitions definitions = Definitions.none();
        for (int r = 0; r < roots.size(); r++) {
            Path file = roots.get(r).resolve(DEFINITIONS);
            if (Files.exists(file)) {
                YamlTree doc = parse(file, problems);
                if (doc != null) {
                    definitions = Definitions.shared(doc, definitions, problems);
                }
            }
            shared.add(definitions);
            for (Path policy : policyFiles(roots.get(r), problems)) {
                YamlTree doc = parse(policy, problems);
                if (doc != null) {
                    files.add(new PolicyCompiler.Source(doc, r));
                }
            }
        }
        PolicyCompiler compiler = new PolicyCompiler(files, shared, schema, problems);
        List<PolicyClaims.Loaded> loaded = new ArrayList<>();
        for (PolicyCompiler.Source file : files) {
            compiler.compile(file).ifPresent(tree -> new PolicyReader(catalog, model, problems).read(tree)
                    .ifPresent(p -> loaded.add(new PolicyClaims.Loaded(p, file.root(), tree, file.doc()))));
        }
        KnowledgeBase kb = new KnowledgeBase(catalog, PolicyClaims.settle(loaded, problems));
        // An overlay's compiled policy holds its base's nodes: a problem in them is reported once, not once per policy.
        List<PolicyProblem> found = new ArrayList<>(new LinkedHashSet<>(problems.subList(before, problems.size())));
        problems.subList(before, problems.size()).clear();
        problems.addAll(found);
        return kb;
    }

    /** The root directory of the built-in knowledge base (on disk in development, inside the jar otherwise). */
    public static Path builtInRoot() {
        URL url = KnowledgeLoader.class.getResource(BUILT_IN);
        if (url == null) {
            throw new IllegalStateException("built-in knowledge base missing from the classpath");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath("/knowledge");
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the built-in knowledge base: " + e.getMessage(), e);
        }
    }

    private static List<Path> policyFiles(Path root, List<PolicyProblem> problems) {
        Path dir = root.resolve("policies");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.resolve("policy.yaml")).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            problems.add(new PolicyProblem(new SourcePosition(displayName(dir), 1, 1), "NEC-KB-002",
                    "could not be listed (" + (e.getMessage() == null ? "I/O error" : e.getMessage()) + ")"));
            return List.of();
        }
    }

    private static YamlTree parse(Path file, List<PolicyProblem> problems) {
        String name = displayName(file);
        try {
            return YamlTree.parse(name, KnowledgeText.read(file, name));
        } catch (KnowledgeException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /**
     * The file a problem's position names, found again from its display name ({@link #displayName}):
     * a path as the user would type it, or a {@code builtin:} name inside the jar. Empty for a name
     * that is neither (a problem's position names the file it was found in, or the directory).
     */
    public static Optional<Path> file(SourcePosition position) {
        String name = position.file();
        if (name.startsWith(BUILT_IN_PREFIX)) {
            return Optional.of(builtInRoot().getParent().resolve(name.substring(BUILT_IN_PREFIX.length())));
        }
        try {
            return Optional.of(Path.of(name));
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * Paths as a user would type them: relative to the working directory when under it. A built-in
     * file is {@code builtin:knowledge/...} wherever it is read from (the jar, or the build's classes
     * directory in development), so a message that names one reads the same on every machine.
     */
    static String displayName(Path file) {
        Path builtIn = builtInRoot();
        if (file.getFileSystem().equals(builtIn.getFileSystem()) && file.toAbsolutePath().normalize().startsWith(builtIn)) {
            return BUILT_IN_PREFIX + builtIn.getParent().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
        }
        if (!"file".equals(file.getFileSystem().provider().getScheme())) {
            return BUILT_IN_PREFIX + file.toString().replaceFirst("^/", "");
        }
        Path abs = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
