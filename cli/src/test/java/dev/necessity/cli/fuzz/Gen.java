package dev.necessity.cli.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A generator of values from a seeded {@link Random}: the same seed gives the same values, so a
 * failing try is replayed from its seed alone ({@link FuzzProperty}). Deliberately small: choose
 * from a list, a range, weights, and combine.
 */
@FunctionalInterface
interface Gen<T> {
    T next(Random random);

    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return r -> f.apply(next(r));
    }

    /** Lists of {@code min} to {@code max} values. */
    default Gen<List<T>> list(int min, int max) {
        return r -> {
            int n = min + r.nextInt(max - min + 1);
            List<T> values = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                values.add(next(r));
            }
            return values;
        };
    }

    static <T> Gen<T> just(T value) {
        return r -> value;
    }

    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        return of(List.of(values));
    }

    static <T> Gen<T> of(List<T> values) {
        List<T> copy = List.copyOf(values);
        return r -> copy.get(r.nextInt(copy.size()));
    }

    /** From {@code lo} to {@code hi}, both included. */
    static Gen<Integer> ints(int lo, int hi) {
        return r -> lo + r.nextInt(hi - lo + 1);
    }

    /** A fraction from 0 to 1 (a position in a file); the ends come up more often than chance would have them. */
    static Gen<Double> fraction() {
        return r -> switch (r.nextInt(10)) {
            case 0 -> 0.0;
            case 1 -> 1.0;
            default -> r.nextDouble();
        };
    }

    static Gen<Long> longs() {
        return Random::nextLong;
    }

    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        return r -> gens[r.nextInt(gens.length)].next(r);
    }

    /** Weighted choice: {@code weighted(3, a, 1, b)} takes a three times as often as b. */
    @SuppressWarnings("unchecked")
    static <T> Gen<T> weighted(Object... weightsAndGens) {
        int n = weightsAndGens.length / 2;
        int[] weights = new int[n];
        List<Gen<? extends T>> gens = new ArrayList<>(n);
        int total = 0;
        for (int i = 0; i < n; i++) {
            weights[i] = (Integer) weightsAndGens[2 * i];
            gens.add((Gen<? extends T>) weightsAndGens[2 * i + 1]);
            total += weights[i];
        }
        int sum = total;
        return r -> {
            int pick = r.nextInt(sum);
            for (int i = 0; i < n; i++) {
                pick -= weights[i];
                if (pick < 0) {
                    return gens.get(i).next(r);
                }
            }
            throw new IllegalStateException("unreachable");
        };
    }

    static <A, B, R> Gen<R> combine(Gen<A> a, Gen<B> b, BiFunction<A, B, R> f) {
        return r -> f.apply(a.next(r), b.next(r));
    }

    static <A, B, C, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Function3<A, B, C, R> f) {
        return r -> f.apply(a.next(r), b.next(r), c.next(r));
    }

    static <A, B, C, D, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, Function4<A, B, C, D, R> f) {
        return r -> f.apply(a.next(r), b.next(r), c.next(r), d.next(r));
    }

    interface Function3<A, B, C, R> {
        R apply(A a, B b, C c);
    }

    interface Function4<A, B, C, D, R> {
        R apply(A a, B b, C c, D d);
    }
}
