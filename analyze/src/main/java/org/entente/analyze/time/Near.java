package org.entente.analyze.time;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a pattern only around a word that can be part of its match, instead of over the whole sentence:
 * a date expression is a few words around its month, weekday or cue word, so a search from a little
 * before that word finds it at a fraction of the cost of a full scan.
 */
final class Near {

    /** How far before the cue word a match may start ("au cours de l'annee 2022", "le jour du 69e anniversaire"). */
    static final int LOOKBACK = 40;

    /** How far after the cue word a match may end (an occasion's name runs up to about a hundred characters). */
    static final int LOOKAHEAD = 240;

    private static final ThreadLocal<java.util.Map<Pattern, Matcher>> MATCHERS =
        ThreadLocal.withInitial(java.util.IdentityHashMap::new);

    private Near() {
    }

    /** Adds each match that starts at or before the word and reaches it, unless one with that start is already there. */
    static void matches(Pattern pattern, String text, int wordStart, int wordEnd, List<MatchResult> out) {
        // one matcher per pattern and thread, reset for each search: making a new one for every cue word was 4% of the analysis
        java.util.Map<Pattern, Matcher> cache = MATCHERS.get();
        Matcher m = cache.get(pattern);
        if (m == null) {
            m = pattern.matcher(text);
            cache.put(pattern, m);
        } else {
            m.reset(text);
        }
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        // no expression runs far past its cue word: bounding the search keeps long texts linear
        m.region(Math.max(0, wordStart - LOOKBACK), Math.min(text.length(), wordEnd + LOOKAHEAD));
        while (m.find()) {
            if (m.start() > wordStart) {
                return;
            }
            if (m.end() >= wordEnd && !startsAt(out, m.start())) {
                out.add(m.toMatchResult());
            }
        }
    }

    private static boolean startsAt(List<MatchResult> found, int start) {
        for (MatchResult r : found) {
            if (r.start() == start) {
                return true;
            }
        }
        return false;
    }
}
