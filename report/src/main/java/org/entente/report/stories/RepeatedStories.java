package org.entente.report.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the articles of one month that tell the same story (a wire story taken up by several outlets with small
 * edits). Articles are added in a stable order (date, then id); each one that repeats an earlier one is matched
 * to the first article of that story. Similar means an estimated Jaccard similarity of 0.6 or more between the
 * texts' 4-word shingles.
 *
 * <p>Only articles that share a band of their sketches are compared (locality-sensitive hashing), so the work
 * grows with the number of articles, not with its square: two articles share one of the 20 bands of three
 * positions with a probability of 0.992 at a similarity of 0.6 and of 0.9998 at 0.7, where a wire story with a
 * few words changed usually lies.
 */
public final class RepeatedStories {

    /**
     * The estimated Jaccard similarity of two texts' 4-word shingles from which they tell the same story
     * ({@link StorySketch#sameStory} decides it).
     */
    static final double SAME_STORY = 0.6;
    private static final int BANDS = 20;
    private static final int ROWS = 3;
    /**
     * Earlier articles compared per band. A band only holds more with one story told by very many outlets, whose
     * later copies then still meet earlier ones of the story among the latest of the band.
     */
    private static final int BUCKET_CAP = 64;

    private final List<String> ids = new ArrayList<>();
    private int[][] sketches = new int[64][];
    private int[] firsts = new int[64];
    /** For each article, the one being added (plus one) when it was last compared with it. */
    private int[] comparedFor = new int[64];
    private final BandTable bands = new BandTable();
    private final Map<String, String> repeats = new LinkedHashMap<>();

    /** Adds the next article of the month, in the stable order. */
    public void add(String id, String text) {
        add(id, StorySketch.of(text));
    }

    /** Adds the next article of the month, in the stable order, by the sketch {@link StorySketch#encode} made of its text. */
    public void addSketched(String id, byte[] sketch) {
        add(id, StorySketch.decode(sketch));
    }

    private void add(String id, int[] sketch) {
        int index = ids.size();
        ids.add(id);
        if (index == firsts.length) {
            sketches = Arrays.copyOf(sketches, index * 2);
            firsts = Arrays.copyOf(firsts, index * 2);
            comparedFor = Arrays.copyOf(comparedFor, index * 2);
        }
        sketches[index] = sketch;
        firsts[index] = index;
        if (sketch == null) {
            return;
        }
        int first = index;
        for (int b = 0; b < BANDS; b++) {
            int entry = bands.add(bandKey(sketch, b), index);
            bands.commit();
            for (int seen = 0; entry >= 0 && seen < BUCKET_CAP; seen++, entry = bands.previous(entry)) {
                int other = bands.article(entry);
                // a similar article shares many bands: compared once, since a second look cannot change the first
                // found (it only moves earlier, and the same pair gives the same similarity)
                if (comparedFor[other] == index + 1) {
                    continue;
                }
                comparedFor[other] = index + 1;
                if (firsts[other] < first && StorySketch.sameStory(sketch, sketches[other])) {
                    first = firsts[other];
                }
            }
        }
        firsts[index] = first;
        if (first != index) {
            repeats.put(id, ids.get(first));
        }
    }

    /** For each article that repeats a story, the id of the story's first article, in the order added. */
    public Map<String, String> repeats() {
        return repeats;
    }

    /** How many distinct stories the articles added tell. */
    public int stories() {
        return ids.size() - repeats.size();
    }

    private static long bandKey(int[] sketch, int band) {
        long key = band;
        for (int r = 0; r < ROWS; r++) {
            key = key * 0x100000001b3L + sketch[band * ROWS + r];
        }
        return key;
    }
}
