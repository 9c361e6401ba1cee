package org.entente.report.stories;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A MinHash sketch of an article's text: for each of {@link #SIZE} fixed hash functions, the smallest hash of the
 * text's word shingles. Two sketches agree at a position with a probability equal to the Jaccard similarity of
 * the two shingle sets, so the sketches stand for the texts in a fixed, small size (and the texts can be let go).
 */
final class StorySketch {

    /** Hash functions per sketch: enough for a similarity estimate within about ±0.06. */
    static final int SIZE = 64;
    /** Words per shingle: small edits (a word, a dateline, a byline) change few shingles of a wire story. */
    static final int SHINGLE_WORDS = 4;

    private static final long[] SEEDS = new long[SIZE];

    static {
        // fixed seeds, so that the same texts always give the same sketches, on every machine and run
        long state = 0x5DEECE66DL;
        for (int i = 0; i < SIZE; i++) {
            state = mix(state + 0x9E3779B97F4A7C15L);
            SEEDS[i] = state;
        }
    }

    private StorySketch() {
    }

    /** The sketch of a text, or null when it has no word to compare. */
    static int[] of(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return null;
        }
        int[] sketch = new int[SIZE];
        java.util.Arrays.fill(sketch, Integer.MAX_VALUE);
        int shingles = Math.max(1, words.size() - SHINGLE_WORDS + 1);
        for (int start = 0; start < shingles; start++) {
            long h = 0xcbf29ce484222325L;
            for (int w = start; w < Math.min(words.size(), start + SHINGLE_WORDS); w++) {
                h = fnv(h, words.get(w));
            }
            for (int i = 0; i < SIZE; i++) {
                int value = (int) (mix(h ^ SEEDS[i]) >>> 33);
                if (value < sketch[i]) {
                    sketch[i] = value;
                }
            }
        }
        return sketch;
    }

    /** How many positions two sketches share, out of {@link #SIZE}. */
    static int agreement(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same;
    }

    /** Lower-case words without accents, so that a retyped "Pekin" still matches "Pékin". */
    static List<String> words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static long fnv(long h, String word) {
        for (int i = 0; i < word.length(); i++) {
            h = (h ^ word.charAt(i)) * 0x100000001b3L;
        }
        // a separator, so that "ab c" and "a bc" differ
        return (h ^ ' ') * 0x100000001b3L;
    }

    /** SplitMix64's finaliser: spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
