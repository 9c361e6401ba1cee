package org.entente.report.briefing;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A read-only list that holds each distinct item once with how many times it occurs, and reads as every
 * occurrence in turn. It lets code written for one item per article or event take grouped rows instead.
 */
final class RepeatedList<T> extends AbstractList<T> {

    private final List<T> items = new ArrayList<>();
    /** ends[i]: the index just past the last occurrence of items.get(i) */
    private int[] ends = new int[16];

    void append(T item, int times) {
        if (times <= 0) {
            throw new IllegalArgumentException("an item occurs at least once, was " + times);
        }
        if (items.size() == ends.length) {
            ends = Arrays.copyOf(ends, ends.length * 2);
        }
        ends[items.size()] = size() + times;
        items.add(item);
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        int found = Arrays.binarySearch(ends, 0, items.size(), index);
        // an exact hit is the end of that group, so the index is in the next one
        return items.get(found >= 0 ? found + 1 : -found - 1);
    }

    @Override
    public int size() {
        return items.isEmpty() ? 0 : ends[items.size() - 1];
    }

    /** How many distinct items it holds. */
    int distinct() {
        return items.size();
    }
}
