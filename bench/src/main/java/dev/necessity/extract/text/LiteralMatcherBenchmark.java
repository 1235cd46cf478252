package dev.necessity.extract.text;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import dev.necessity.extract.ClinicalExtractor;
import dev.necessity.intake.CaseReader;
import dev.necessity.model.ClinicalDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ahocorasick.trie.PayloadTrie;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The extractor's own multi-pattern matchers against two Aho-Corasick libraries from Maven Central
 * ({@code com.hankcs:aho-corasick-double-array-trie} 1.2.3 and {@code org.ahocorasick:ahocorasick}
 * 0.6.3), on the same work: the prefilter's literal scan ({@link LiteralScan}: every literal the
 * readers' grammars need, over every sentence of the labelled corpus and the examples, lower-cased),
 * the build of its automaton, and the ConText trigger search ({@link PhraseIndex}: whole words,
 * longest first, no overlaps, here rebuilt from the library's every-occurrence output). Every version
 * gives the same answers (checked at setup). The extractor keeps its own matchers while a library is
 * slower here (README, Speed).
 *
 * <p>Run from the repository root:
 * {@code mvn -q -B package -DskipTests -pl bench -am && java -jar bench/target/benchmarks.jar LiteralMatcherBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LiteralMatcherBenchmark {

    private static final PhraseIndex.Edges TRIGGER_EDGES = PhraseIndex.Edges.WHERE_PHRASE_HAS_WORD_CHARACTER;

    private List<String> literals;
    private List<String> sentences;
    private List<String> lowerSentences;
    private LiteralScan.Automaton ownAutomaton;
    private AhoCorasickDoubleArrayTrie<Integer> doubleArrayTrie;
    private PayloadTrie<Integer> payloadTrie;
    private PhraseIndex ownTriggers;
    private AhoCorasickDoubleArrayTrie<String> triggersDoubleArrayTrie;

    @Setup
    public void load() throws IOException {
        List<ClinicalDocument> documents = new ArrayList<>();
        CaseReader reader = new CaseReader();
        for (Path dir : List.of(Path.of("extract/src/test/resources/corpus"), Path.of("examples"))) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    documents.add(reader.readDocument(f));
                }
            }
        }
        // Extracting every document registers the literals of every grammar these documents reach.
        ClinicalExtractor extractor = new ClinicalExtractor();
        documents.forEach(extractor::extract);
        literals = LiteralScan.SHARED.literals();
        sentences = new ArrayList<>();
        lowerSentences = new ArrayList<>();
        for (ClinicalDocument d : documents) {
            for (Sentence s : new SentenceSplitter().split(d.text())) {
                sentences.add(s.text());
                lowerSentences.add(s.lower());
            }
        }
        ownAutomaton = buildOwn();
        doubleArrayTrie = buildDoubleArrayTrie();
        payloadTrie = buildPayloadTrie();
        for (String lower : lowerSentences) {
            long[] expected = ownAutomaton.scan(lower);
            if (!Arrays.equals(expected, scan(doubleArrayTrie, lower)) || !Arrays.equals(expected, scan(payloadTrie, lower))) {
                throw new IllegalStateException("literal scans disagree on: " + lower);
            }
        }
        List<String> phrases = TsvResource.rows(ClinicalExtractor.class, "/dev/necessity/extract/context-triggers.tsv").stream()
                .map(row -> row.columns()[0].trim().toLowerCase(Locale.ROOT)).distinct().toList();
        ownTriggers = new PhraseIndex(phrases, TRIGGER_EDGES);
        TreeMap<String, String> byPhrase = new TreeMap<>();
        phrases.forEach(p -> byPhrase.put(p, p));
        triggersDoubleArrayTrie = new AhoCorasickDoubleArrayTrie<>();
        triggersDoubleArrayTrie.build(byPhrase);
        for (String text : sentences) {
            if (!ownTriggers.find(text).equals(findTriggers(text))) {
                throw new IllegalStateException("trigger searches disagree on: " + text);
            }
        }
        System.out.printf("%n%d literals, %d sentences, %d trigger phrases%n", literals.size(), sentences.size(), phrases.size());
    }

    private LiteralScan.Automaton buildOwn() {
        return new LiteralScan.Automaton(literals);
    }

    private AhoCorasickDoubleArrayTrie<Integer> buildDoubleArrayTrie() {
        TreeMap<String, Integer> ids = new TreeMap<>();
        for (int id = 0; id < literals.size(); id++) {
            ids.put(literals.get(id), id);
        }
        AhoCorasickDoubleArrayTrie<Integer> trie = new AhoCorasickDoubleArrayTrie<>();
        trie.build(ids);
        return trie;
    }

    private PayloadTrie<Integer> buildPayloadTrie() {
        PayloadTrie.PayloadTrieBuilder<Integer> builder = PayloadTrie.builder();
        for (int id = 0; id < literals.size(); id++) {
            builder.addKeyword(literals.get(id), id);
        }
        return builder.build();
    }

    private long[] scan(AhoCorasickDoubleArrayTrie<Integer> trie, String lower) {
        long[] bits = new long[(literals.size() + 63) >>> 6];
        trie.parseText(lower, (AhoCorasickDoubleArrayTrie.IHit<Integer>) (begin, end, id) -> bits[id >>> 6] |= 1L << id);
        return bits;
    }

    private long[] scan(PayloadTrie<Integer> trie, String lower) {
        long[] bits = new long[(literals.size() + 63) >>> 6];
        trie.parseText(lower, emit -> {
            int id = emit.getPayload();
            bits[id >>> 6] |= 1L << id;
            return true;
        });
        return bits;
    }

    /** {@link PhraseIndex#find} from the library's every occurrence: per start the longest phrase with free edges, then left to right. */
    private List<PhraseIndex.Hit> findTriggers(String text) {
        String lower = AsciiCase.lower(text);
        String[] longest = new String[lower.length()];
        triggersDoubleArrayTrie.parseText(lower, (AhoCorasickDoubleArrayTrie.IHit<String>) (begin, end, phrase) -> {
            if ((longest[begin] == null || longest[begin].length() < phrase.length()) && edgesFree(lower, begin, end)) {
                longest[begin] = phrase;
            }
        });
        List<PhraseIndex.Hit> out = new ArrayList<>();
        for (int pos = 0; pos < longest.length; ) {
            String phrase = longest[pos];
            if (phrase == null) {
                pos++;
            } else {
                out.add(new PhraseIndex.Hit(phrase, pos, pos + phrase.length()));
                pos += phrase.length();
            }
        }
        return out;
    }

    /** PhraseIndex's edge rule for {@link PhraseIndex.Edges#WHERE_PHRASE_HAS_WORD_CHARACTER}. */
    private static boolean edgesFree(String lower, int start, int end) {
        boolean joinedBefore = start > 0 && AsciiCase.isLetterOrDigit(lower.charAt(start - 1));
        boolean joinedAfter = end < lower.length() && AsciiCase.isLetterOrDigit(lower.charAt(end));
        return !(joinedBefore && Character.isLetterOrDigit(lower.charAt(start)))
                && !(joinedAfter && Character.isLetterOrDigit(lower.charAt(end - 1)));
    }

    @Benchmark
    public LiteralScan.Automaton literalsBuildOwn() {
        return buildOwn();
    }

    @Benchmark
    public AhoCorasickDoubleArrayTrie<Integer> literalsBuildDoubleArrayTrie() {
        return buildDoubleArrayTrie();
    }

    @Benchmark
    public PayloadTrie<Integer> literalsBuildPayloadTrie() {
        return buildPayloadTrie();
    }

    @Benchmark
    public long literalsScanOwn() {
        long sum = 0;
        for (String lower : lowerSentences) {
            sum += ownAutomaton.scan(lower)[0];
        }
        return sum;
    }

    @Benchmark
    public long literalsScanDoubleArrayTrie() {
        long sum = 0;
        for (String lower : lowerSentences) {
            sum += scan(doubleArrayTrie, lower)[0];
        }
        return sum;
    }

    @Benchmark
    public long literalsScanPayloadTrie() {
        long sum = 0;
        for (String lower : lowerSentences) {
            sum += scan(payloadTrie, lower)[0];
        }
        return sum;
    }

    @Benchmark
    public int triggersOwn() {
        int n = 0;
        for (String text : sentences) {
            n += ownTriggers.find(text).size();
        }
        return n;
    }

    @Benchmark
    public int triggersDoubleArrayTrie() {
        int n = 0;
        for (String text : sentences) {
            n += findTriggers(text).size();
        }
        return n;
    }
}
