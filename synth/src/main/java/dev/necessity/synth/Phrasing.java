package dev.necessity.synth;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

/** Seeded choices among ways clinicians write the same fact, so generated notes vary like real ones. */
final class Phrasing {
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("M/d/yy");
    private final Random random;

    Phrasing(Random random) {
        this.random = random;
    }

    String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    int between(int lo, int hiInclusive) {
        return lo + random.nextInt(hiInclusive - lo + 1);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    String date(LocalDate d) {
        return chance(0.8) ? US.format(d) : SHORT.format(d);
    }

    static String usDate(LocalDate d) {
        return US.format(d);
    }
}
