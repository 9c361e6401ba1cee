package org.entente.analyze.extract;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who takes part, side by side: the canonical names of the persons (sorted) and whether the side
 * is there at all (a side named only as a country or institution has no persons but is present).
 */
record Participants(List<String> a, List<String> b, boolean hasA, boolean hasB) {

    static final Participants NONE = new Participants(List.of(), List.of(), false, false);

    Participants {
        a = List.copyOf(new TreeSet<>(a));
        b = List.copyOf(new TreeSet<>(b));
    }

    boolean complete() {
        return hasA && hasB;
    }

    Participants plus(Participants other) {
        Set<String> na = new TreeSet<>(a);
        na.addAll(other.a);
        Set<String> nb = new TreeSet<>(b);
        nb.addAll(other.b);
        return new Participants(List.copyOf(na), List.copyOf(nb), hasA || other.hasA, hasB || other.hasB);
    }
}
