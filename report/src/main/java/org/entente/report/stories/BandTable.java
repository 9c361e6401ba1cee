package org.entente.report.stories;

import java.util.Arrays;

/**
 * The sketch bands seen so far, each with the articles that had it, in primitive arrays: a month of 100,000
 * articles makes two million band entries, which boxed maps would hold in several hundred megabytes.
 * Open addressing from a band's key to its latest entry; each entry links to the previous one of its band.
 */
final class BandTable {

    private long[] keys = new long[1 << 10];
    private int[] heads = new int[1 << 10];
    private int used;
    private int[] previous = new int[1 << 10];
    private int[] articles = new int[1 << 10];
    private int entries;

    BandTable() {
        Arrays.fill(heads, -1);
    }

    /** Records that an article has a band; returns the entry before it in that band, or -1. */
    int add(long key, int article) {
        if (2 * (used + 1) > keys.length) {
            grow();
        }
        int slot = slot(keys, heads, key);
        int before = heads[slot];
        if (before < 0) {
            keys[slot] = key;
            used++;
        }
        if (entries == previous.length) {
            previous = Arrays.copyOf(previous, entries * 2);
            articles = Arrays.copyOf(articles, entries * 2);
        }
        previous[entries] = before;
        articles[entries] = article;
        heads[slot] = entries;
        return before;
    }

    /** Ends the entry made by the last {@link #add}. */
    void commit() {
        entries++;
    }

    int previous(int entry) {
        return previous[entry];
    }

    int article(int entry) {
        return articles[entry];
    }

    private static int slot(long[] keys, int[] heads, long key) {
        int mask = keys.length - 1;
        int slot = (int) (key ^ (key >>> 32)) * 0x9E3779B9 & mask;
        while (heads[slot] >= 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new long[oldKeys.length * 2];
        heads = new int[oldKeys.length * 2];
        Arrays.fill(heads, -1);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldHeads[i] >= 0) {
                int slot = slot(keys, heads, oldKeys[i]);
                keys[slot] = oldKeys[i];
                heads[slot] = oldHeads[i];
            }
        }
    }
}
