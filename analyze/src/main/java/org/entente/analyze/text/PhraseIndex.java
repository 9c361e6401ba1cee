package org.entente.analyze.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many phrases matched in one pass over a sentence. Each phrase is filed under the first two
 * characters it can start with, and is only tried at word starts with those characters, so a
 * sentence costs a few dozen anchored matches instead of one scan per phrase (a large alternation
 * scanned over every position is a hundred times slower). Within those characters, phrases are
 * found by their first word, and their literal words are compared before their regex runs: common
 * first words ({@code a}, {@code se}, {@code le}) start many phrases, and most of them fail on the
 * words that follow. Whole first words are looked up in a {@link WordTable}, stems by their third
 * letter; the literal checks read the sentence's case-folded {@link WordView}, made once for all
 * the indexes that read the same sentence.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseIndex<T> {

    /** A phrase found: offsets in the text and what it stands for. */
    public record Hit<T>(int start, int end, T value) {
    }

    private record Entry<T>(int id, LiteralStart start, Pattern pattern, T value) {
    }

    private int entries;

    /**
     * The phrases of one key that start with the same literal part ({@code a}, {@code se}, {@code wang}):
     * the part is compared once per position for all of them.
     */
    private record Group<T>(String firstPart, String foldedFirstPart, List<Entry<T>> entries) {
        Group(String firstPart, List<Entry<T>> entries) {
            this(firstPart, caseKey(firstPart, 0, firstPart.length()), entries);
        }
    }

    /**
     * The phrases of one key. Those whose first part is a whole word are found by the word at the
     * position (one hash look-up, however many names share the key); the others (a stem before a
     * wildcard, a word with an apostrophe or a hyphen) are compared one group at a time.
     */
    private static final class Bucket<T> {
        final WordTable<Group<T>> wholeWords = new WordTable<>();
        /** Bit n set when a whole first word has n characters (bit 63: 63 or more): most words are ruled out by length. */
        long wholeWordLengths;
        /** Prefix groups of one or two characters, tried at every position of the key. */
        final List<Group<T>> shortPrefixes = new ArrayList<>();
        /**
         * Longer prefix groups by their third character, case folded: a position only tries those its third
         * character allows. ASCII characters index the array; others the map.
         */
        @SuppressWarnings("unchecked")
        final List<Group<T>>[] asciiThird = new List[128];
        final Map<Character, List<Group<T>>> otherThird = new HashMap<>();
        boolean hasLongerPrefixes;

        List<Group<T>> longerPrefixes(char third) {
            char c = foldCase(third);
            return c < 128 ? asciiThird[c] : otherThird.get(c);
        }

        private List<Group<T>> longerPrefixesCreated(char third) {
            hasLongerPrefixes = true;
            char c = foldCase(third);
            if (c < 128) {
                if (asciiThird[c] == null) {
                    asciiThird[c] = new ArrayList<>();
                }
                return asciiThird[c];
            }
            return otherThird.computeIfAbsent(c, k -> new ArrayList<>());
        }

        void add(Entry<T> entry) {
            String first = entry.start().first();
            if (entry.start().firstIsWholeWord()) {
                wholeWordLengths |= lengthBit(first.length());
                wholeWords.computeIfAbsent(caseKey(first, 0, first.length()), k -> new Group<>(first, new ArrayList<>()))
                    .entries().add(entry);
            } else {
                List<Group<T>> groups = first.length() < 3 ? shortPrefixes : longerPrefixesCreated(first.charAt(2));
                groupOf(groups, first).entries().add(entry);
            }
        }
    }

    private final Map<String, Bucket<T>> byKey = new HashMap<>();
    /** The same buckets for keys of two ASCII characters, looked up without building a key string. */
    @SuppressWarnings("unchecked")
    private final Bucket<T>[] ascii = new Bucket[128 * 128];
    private final List<Entry<T>> unkeyed = new ArrayList<>();

    /** Files a compiled phrase; {@code phrase} is its folded source text, which gives its key. */
    public void add(String phrase, Pattern pattern, T value) {
        String key = keyOfPhrase(phrase);
        Entry<T> entry = new Entry<>(entries++, LiteralStart.of(phrase), withoutWordStartCheck(pattern), value);
        if (key == null) {
            unkeyed.add(entry);
        } else {
            Bucket<T> bucket = byKey.computeIfAbsent(key, k -> new Bucket<>());
            bucket.add(entry);
            if (key.length() == 2 && key.charAt(0) < 128 && key.charAt(1) < 128) {
                ascii[key.charAt(0) * 128 + key.charAt(1)] = bucket;
            }
        }
    }

    private static <T> Group<T> groupOf(List<Group<T>> groups, String firstPart) {
        for (Group<T> g : groups) {
            if (g.firstPart().equals(firstPart)) {
                return g;
            }
        }
        Group<T> g = new Group<>(firstPart, new ArrayList<>());
        groups.add(g);
        return g;
    }

    /**
     * A word with its case folded the way case-insensitive matching compares characters (upper
     * case, then lower case), so any word the literal check or the regex accepts has the same key.
     */
    /** One character folded the way {@link #caseKey} folds it. */
    private static char foldCase(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    static String caseKey(String text, int from, int to) {
        char[] chars = new char[to - from];
        for (int k = from; k < to; k++) {
            chars[k - from] = foldCase(text.charAt(k));
        }
        return new String(chars);
    }

    public boolean isEmpty() {
        return byKey.isEmpty() && unkeyed.isEmpty();
    }

    private static long lengthBit(int length) {
        return 1L << Math.min(length, 63);
    }

    /** Every phrase matching at a word start, in text order; at one start, each phrase gives its longest match. */
    public List<Hit<T>> find(String text) {
        List<Hit<T>> hits = new ArrayList<>();
        // one matcher per phrase and sentence, moved from start to start: creating one per attempt dominated the cost
        Matcher[] matchers = new Matcher[entries];
        // literal checks read the case-folded copy; the expressions still read the text itself
        WordView view = WordView.of(text);
        String folded = view.folded();
        for (int w = 0; w < view.count(); w++) {
            int i = view.starts()[w];
            Bucket<T> bucket = candidatesAt(text, i);
            if (bucket != null) {
                for (Entry<T> e : candidates(bucket, folded, i, view.ends()[w])) {
                    tryAt(e, text, folded, i, hits, matchers);
                }
            }
            for (Entry<T> e : unkeyed) {
                tryAt(e, text, folded, i, hits, matchers);
            }
        }
        return hits;
    }

    /** The phrases whose first part is at {@code i}, in the order they were added (the order of the hits). */
    private static <T> List<Entry<T>> candidates(Bucket<T> bucket, String folded, int i, int wordEnd) {
        List<Entry<T>> found = null;
        boolean merged = false;
        if ((bucket.wholeWordLengths & lengthBit(wordEnd - i)) != 0) {
            Group<T> word = bucket.wholeWords.get(folded, i, wordEnd);
            if (word != null) {
                found = word.entries();
            }
        }
        List<Group<T>> longer = i + 2 < folded.length() && bucket.hasLongerPrefixes ? bucket.longerPrefixes(folded.charAt(i + 2)) : null;
        for (List<Group<T>> groups : longer == null ? List.of(bucket.shortPrefixes) : List.of(bucket.shortPrefixes, longer)) {
            for (Group<T> g : groups) {
                if (!folded.startsWith(g.foldedFirstPart(), i)) {
                    continue;
                }
                if (found == null) {
                    found = g.entries();
                } else {
                    if (!merged) {
                        found = new ArrayList<>(found);
                        merged = true;
                    }
                    found.addAll(g.entries());
                }
            }
        }
        if (found == null) {
            return List.of();
        }
        if (merged) {
            // several first parts match ("rencontr" and "rencontre"): back to the order of addition
            found.sort(Comparator.comparingInt(Entry::id));
        }
        return found;
    }

    private static <T> void tryAt(Entry<T> e, String text, String folded, int at, List<Hit<T>> hits, Matcher[] matchers) {
        // a literal check of the words the phrase starts with: most candidates fail there, at no regex cost
        if (!e.start().matchesFoldedAt(folded, at)) {
            return;
        }
        Matcher m = matchers[e.id()];
        if (m == null) {
            m = e.pattern().matcher(text);
            m.useTransparentBounds(true);
            matchers[e.id()] = m;
        }
        m.region(at, text.length());
        if (m.lookingAt() && m.end() > at) {
            hits.add(new Hit<>(at, m.end(), e.value()));
        }
    }

    private Bucket<T> candidatesAt(String text, int i) {
        if (i + 1 < text.length()) {
            char first = Character.toLowerCase(text.charAt(i));
            char next = text.charAt(i + 1);
            char second = Character.isWhitespace(next) ? ' ' : Character.toLowerCase(next);
            if (first < 128 && second < 128) {
                return ascii[first * 128 + second];
            }
        }
        return byKey.get(keyAt(text, i));
    }

    private static String keyAt(String text, int i) {
        char first = Character.toLowerCase(text.charAt(i));
        if (i + 1 >= text.length()) {
            return String.valueOf(first);
        }
        char second = text.charAt(i + 1);
        return new String(new char[] {first, Character.isWhitespace(second) ? ' ' : Character.toLowerCase(second)});
    }

    /** Phrases are only tried at word starts, so their own word-start check is redundant work. */
    private static Pattern withoutWordStartCheck(Pattern pattern) {
        String source = pattern.pattern();
        for (String prefix : WORD_START_CHECKS) {
            if (source.startsWith(prefix)) {
                return Pattern.compile(source.substring(prefix.length()), pattern.flags());
            }
        }
        return pattern;
    }

    private static final List<String> WORD_START_CHECKS = List.of("(?<![\\p{L}\\p{N}\\-])", "(?<![\\p{L}\\p{N}])");

    /** The key of a phrase: its first two characters, lower case, any space as one space; null when it starts with a placeholder. */
    static String keyOfPhrase(String phrase) {
        String p = Folding.fold(phrase.strip()).toLowerCase(Locale.ROOT);
        if (p.isEmpty() || !Character.isLetterOrDigit(p.charAt(0))) {
            return null;
        }
        if (p.length() == 1) {
            return p;
        }
        char second = p.charAt(1);
        if (second == '*' || second == '{') {
            return null;
        }
        return new String(new char[] {p.charAt(0), Character.isWhitespace(second) ? ' ' : second});
    }
}
