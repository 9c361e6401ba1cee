package org.entente.report.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The head of a list the briefing cuts, and how long the whole list is: the briefing prints at most
 * {@link BriefingDocument#LIST_LIMIT} entries and points to the CSV file for the rest.
 *
 * @param first the first entries, in the briefing's order
 * @param total how many entries the whole list has
 */
public record Listing<T>(List<T> first, int total) {

    public Listing {
        first = List.copyOf(first);
        if (total < first.size()) {
            throw new IllegalArgumentException("a listing cannot be shorter than its head: " + total);
        }
    }

    /** The listing of a whole list already in the briefing's order. */
    static <T> Listing<T> of(List<T> all) {
        return new Listing<>(all.subList(0, Math.min(all.size(), BriefingDocument.LIST_LIMIT)), all.size());
    }

    boolean isEmpty() {
        return total == 0;
    }

    /** Builds a listing from entries handed over one at a time, in any order, holding only a few of them. */
    public static <T> Builder<T> builder(Comparator<? super T> order) {
        return new Builder<>(order);
    }

    /** Keeps the first entries under an order, and counts them all. */
    public static final class Builder<T> {

        private final Comparator<? super T> order;
        private final List<T> kept = new ArrayList<>();
        private int total;

        private Builder(Comparator<? super T> order) {
            this.order = order;
        }

        public void add(T entry) {
            total++;
            kept.add(entry);
            // cut back now and then rather than on every entry: sorting twice the limit stays cheap
            if (kept.size() >= 2 * BriefingDocument.LIST_LIMIT) {
                cut();
            }
        }

        public Listing<T> build() {
            cut();
            return new Listing<>(kept, total);
        }

        private void cut() {
            kept.sort(order);
            if (kept.size() > BriefingDocument.LIST_LIMIT) {
                kept.subList(BriefingDocument.LIST_LIMIT, kept.size()).clear();
            }
        }
    }
}
