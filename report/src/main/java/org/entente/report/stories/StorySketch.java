package org.entente.report.stories;

import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A MinHash sketch of an article's text (one permutation hashing): the shingles are spread by one fixed hash over
 * {@link #SIZE} positions, and each position keeps the smallest hash that reached it. Two sketches agree at a position with a probability equal to the Jaccard similarity of
 * the two shingle sets, so the sketches stand for the texts in a fixed, small size (and the texts can be let go).
 */
public final class StorySketch {

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

    /**
     * Each character the lead is read in quickly, as {@link #words} reads it after canonical decomposition: the letters
     * and digits it stands for, lower-cased, with {@link #BREAK} for a character that ends a word (accents dropped).
     * Latin letters and the punctuation of French text; the lead of a text with any other character is read by
     * {@link #words} itself.
     */
    private static final char[][] FOLDED = new char[0x20D0][];
    private static final char BREAK = '\uFFFF';

    static {
        // Character by character decomposition is the text's own here: these characters decompose to a base and
        // non-spacing marks at most, and the reordering of marks, the only thing that spans characters, moves only
        // marks, which are dropped.
        for (int c = 0; c < FOLDED.length; c++) {
            if (c < 0x250 || c >= 0x2000 && c < 0x2070 || c >= 0x20A0) {
                StringBuilder folded = new StringBuilder(2);
                for (char d : Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD).toCharArray()) {
                    if (Character.getType(d) != Character.NON_SPACING_MARK) {
                        folded.append(Character.isLetterOrDigit(d) ? Character.toLowerCase(d) : BREAK);
                    }
                }
                FOLDED[c] = folded.toString().toCharArray();
            }
        }
    }

    /** The sketch of a text, or null when it has no word to compare. */
    static int[] of(String text) {
        // the lead is all that is sketched: read a bounded prefix (words average well under 12 characters)
        String lead = text.length() > LEAD_WORDS * 12 ? text.substring(0, LEAD_WORDS * 12) : text;
        LeadWords words = LeadWords.folded(lead);
        if (words == null) {
            words = LeadWords.of(words(text));
        }
        return sketch(words);
    }

    /** The sketch {@link #of} makes, from the words as {@link #words} reads them: what the quick reading must equal. */
    static int[] ofWords(String text) {
        return sketch(LeadWords.of(words(text)));
    }

    private static int[] sketch(LeadWords words) {
        // the copies of a wire story share its opening paragraphs; sketching only those keeps the sketch cheap
        int count = Math.min(words.count, LEAD_WORDS);
        if (count == 0) {
            return null;
        }
        int[] sketch = new int[SIZE];
        java.util.Arrays.fill(sketch, Integer.MAX_VALUE);
        int shingles = Math.max(1, count - SHINGLE_WORDS + 1);
        for (int start = 0; start < shingles; start++) {
            long h = 0xcbf29ce484222325L;
            int last = Math.min(count, start + SHINGLE_WORDS);
            for (int w = start; w < last; w++) {
                h = fnv(h, words.chars, w == 0 ? 0 : words.ends[w - 1], words.ends[w]);
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

    /** The first words of a text, their characters one after the other, each word's end in {@code ends}. */
    private static final class LeadWords {

        final char[] chars;
        final int[] ends;
        final int count;

        private LeadWords(char[] chars, int[] ends, int count) {
            this.chars = chars;
            this.ends = ends;
            this.count = count;
        }

        static LeadWords of(List<String> words) {
            int count = Math.min(words.size(), LEAD_WORDS);
            StringBuilder chars = new StringBuilder();
            int[] ends = new int[count];
            for (int w = 0; w < count; w++) {
                chars.append(words.get(w));
                ends[w] = chars.length();
            }
            return new LeadWords(chars.toString().toCharArray(), ends, count);
        }

        /** The lead's first words read through {@link #FOLDED}, or null when it has a character the table lacks. */
        static LeadWords folded(String lead) {
            // a decomposed letter is at most three characters (a base and marks, of which only the base stays)
            char[] chars = new char[lead.length() * 2];
            int[] ends = new int[LEAD_WORDS];
            int length = 0;
            int count = 0;
            int wordStart = 0;
            for (int i = 0; i < lead.length(); i++) {
                char c = lead.charAt(i);
                char[] folded = c < FOLDED.length ? FOLDED[c] : null;
                if (folded == null) {
                    return null;
                }
                for (char f : folded) {
                    if (f != BREAK) {
                        if (length == chars.length) {
                            chars = java.util.Arrays.copyOf(chars, length * 2 + 4);
                        }
                        chars[length++] = f;
                    } else if (length > wordStart) {
                        ends[count++] = length;
                        wordStart = length;
                        if (count == LEAD_WORDS) {
                            return new LeadWords(chars, ends, count);
                        }
                    }
                }
            }
            if (length > wordStart) {
                ends[count++] = length;
            }
            return new LeadWords(chars, ends, count);
        }
    }

    /**
     * The sketch of a text in the form the store keeps it: {@link #SIZE} positions of four bytes each, or no byte
     * at all for a text with no word (an empty array, so that a null column still means "not sketched yet").
     */
    public static byte[] encode(String text) {
        int[] sketch = of(text);
        if (sketch == null) {
            return new byte[0];
        }
        ByteBuffer bytes = ByteBuffer.allocate(SIZE * Integer.BYTES);
        bytes.asIntBuffer().put(sketch);
        return bytes.array();
    }

    /** The sketch {@link #encode} stored, or null for a text with no word. */
    static int[] decode(byte[] stored) {
        if (stored.length == 0) {
            return null;
        }
        if (stored.length != SIZE * Integer.BYTES) {
            throw new IllegalArgumentException("a story sketch has " + SIZE * Integer.BYTES + " bytes, not " + stored.length);
        }
        int[] sketch = new int[SIZE];
        ByteBuffer.wrap(stored).asIntBuffer().get(sketch);
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

    /**
     * Lower-case words without accents, so that a retyped "Pekin" still matches "Pékin": the first {@link #LEAD_WORDS}
     * and one more at most.
     */
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

    /**
     * Whether two sketches tell the same story: {@code similarity(a, b) >= 0.6}, in integers (same / reached at least
     * 3/5), and given up as soon as the positions left could not bring the share there, as they cannot for most pairs
     * a month's bands bring together.
     */
    static boolean sameStory(int[] a, int[] b) {
        int same = 0;
        int reached = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] != Integer.MAX_VALUE || b[i] != Integer.MAX_VALUE) {
                reached++;
                if (a[i] == b[i]) {
                    same++;
                }
            }
            if ((i & 7) == 7) {
                int left = SIZE - 1 - i;
                if (5 * (same + left) < 3 * (reached + left)) {
                    return false;
                }
            }
        }
        return reached > 0 && 5 * same >= 3 * reached;
    }

    private static long fnv(long h, char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            h = (h ^ chars[i]) * 0x100000001b3L;
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
