package org.entente.report.stories;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A MinHash sketch of an article's text (one permutation hashing): the shingles are spread by one fixed hash over
 * {@link #SIZE} positions, and each position keeps the smallest hash that reached it. Two sketches agree at a position with a probability equal to the Jaccard similarity of
 * the two shingle sets, so the sketches stand for the texts in a fixed, small size (and the texts can be let go).
 */
final class StorySketch {

    /** Hash functions per sketch: enough for a similarity estimate within about ±0.06. */
    static final int SIZE = 64;
    /** Words per shingle: small edits (a word, a dateline, a byline) change few shingles of a wire story. */
    static final int SHINGLE_WORDS = 4;
    /** Words of the text sketched: its lead, about three paragraphs. */
    static final int LEAD_WORDS = 250;

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
        if (words.size() > LEAD_WORDS) {
            // the copies of a wire story share its opening paragraphs; sketching only those keeps the report step short
            words = words.subList(0, LEAD_WORDS);
        }
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
            // one permutation hashing: one hash per shingle, its top bits choose the position and the rest compete there
            // (64 hashes per shingle made the report step of a 100,000-article month take half a minute)
            long m = mix(h ^ SEEDS[0]);
            int position = (int) (m >>> 58);
            int value = (int) (m & 0x7FFFFFFFL);
            if (value < sketch[position]) {
                sketch[position] = value;
            }
        }
        return sketch;
    }

    /**
     * The estimated Jaccard similarity of two texts' shingles: the share of positions holding the same smallest hash,
     * among the positions that either text reached (a short text leaves some empty; two empty ones say nothing).
     */
    static double similarity(int[] a, int[] b) {
        int same = 0;
        int reached = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] != Integer.MAX_VALUE || b[i] != Integer.MAX_VALUE) {
                reached++;
                if (a[i] == b[i]) {
                    same++;
                }
            }
        }
        return reached == 0 ? 0 : (double) same / reached;
    }

    /** Lower-case words without accents, so that a retyped "Pekin" still matches "Pékin". */
    static List<String> words(String text) {
        // the lead is all that is sketched: decompose a bounded prefix (words average well under 12 characters)
        String decomposed = Normalizer.normalize(text.length() > LEAD_WORDS * 12 ? text.substring(0, LEAD_WORDS * 12) : text,
            Normalizer.Form.NFD);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder(16);
        // one pass, no regular expression: accents (combining marks) dropped, letters and digits kept, the rest splits
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
                if (words.size() > LEAD_WORDS) {
                    return words;
                }
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
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
