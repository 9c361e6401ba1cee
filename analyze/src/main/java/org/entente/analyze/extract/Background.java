package org.entente.analyze.extract;

import java.util.regex.Pattern;
import org.entente.analyze.lexicon.Cue;

/**
 * Whether a report places its event before the news it belongs to (codebook, "Real articles": background
 * events): a pluperfect ({@code s'étaient rencontrés}, {@code avait reçu}), {@code déjà}, or an event noun
 * called previous or last ({@code leur précédente rencontre}, {@code lors de leur dernière rencontre}). With no
 * date of its own, such an event is known only to the year, never to the article's month.
 */
final class Background {

    private static final Pattern PLUPERFECT_BEFORE = Pattern.compile(
        "(?i)(?:^|[\\s'])(?:avait|avaient|etait|etaient|s'etait|s'etaient)\\s+(?:(?:deja|aussi|egalement|notamment)\\s+)?(?:[\\p{L}\\-]+\\s+)?$");
    private static final Pattern PLUPERFECT_TRIGGER = Pattern.compile("(?i)^(?:s'etai(?:t|ent)|avai(?:t|ent))");
    // "au dernier jour de la visite" is the visit's final day, not an earlier visit
    private static final Pattern ALREADY_OR_PREVIOUS = Pattern.compile(
        "(?i)(?:^|[\\s'])(?:deja|precedente?s?|derniere(?!\\s+(?:journee|etape))|dernier(?!\\s+jour)|anterieure?s?|recente?s?|recemment)(?:\\s|$)");
    /** "Xi a été parmi les premiers à envoyer des félicitations": recalled as a past act, not the news. */
    private static final Pattern AMONG_THE_FIRST = Pattern.compile("(?i)parmi\\s+les\\s+premiers\\s+(?:a|\\u00e0)\\s+$");
    private static final Pattern RELATIVE_DAY = Pattern.compile("(?i)(?:la\\s+veille|le\\s+lendemain|le\\s+meme\\s+jour|plus\\s+tot\\s+dans)");
    private static final int NEAR = 30;

    private Background() {
    }

    static boolean told(SentenceReading r, Cue trigger) {
        String f = r.folded();
        if (RELATIVE_DAY.matcher(f).find()) {
            // "la veille, M. Wang avait été reçu": a pluperfect dated by the day before the news is part of it
            return false;
        }
        String before = f.substring(Math.max(0, trigger.start() - NEAR), trigger.start());
        if (PLUPERFECT_TRIGGER.matcher(trigger.text()).find() || PLUPERFECT_BEFORE.matcher(before).find()
            || AMONG_THE_FIRST.matcher(before).find()) {
            return true;
        }
        String around = f.substring(Math.max(0, trigger.start() - 20), Math.min(f.length(), trigger.end() + 12));
        return ALREADY_OR_PREVIOUS.matcher(around).find();
    }
}
