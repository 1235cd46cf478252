package dev.necessity.policy;

import java.util.List;

/** How a criterion node combines: one of the operators, or a leaf predicate. */
public sealed interface Composition {

    List<Criterion> children();

    record AllOf(List<Criterion> children) implements Composition {
        public AllOf {
            children = List.copyOf(children);
        }
    }

    record AnyOf(List<Criterion> children) implements Composition {
        public AnyOf {
            children = List.copyOf(children);
        }
    }

    record AtLeast(int n, List<Criterion> children) implements Composition {
        public AtLeast {
            children = List.copyOf(children);
            if (n < 1 || n > children.size()) {
                throw new IllegalArgumentException("atLeast n must be between 1 and the number of children");
            }
        }
    }

    record Not(Criterion child) implements Composition {
        @Override
        public List<Criterion> children() {
            return List.of(child);
        }
    }

    record Leaf(Predicate predicate) implements Composition {
        @Override
        public List<Criterion> children() {
            return List.of();
        }
    }
}
