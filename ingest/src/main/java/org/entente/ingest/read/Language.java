package org.entente.ingest.read;

import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an article is in French, with Lingua. Only the languages a French-reading analyst's folder is
 * likely to hold are loaded, in Lingua's low-accuracy mode (trigram models: about 12 MB and under a
 * second to load, against 300 MB and nine seconds for the full models), and only when a text needs it.
 *
 * <p>Texts too short to judge (under {@value #MIN_LETTERS} letters, an ideograph counting as three) stay French. So does a text whose
 * words are plainly French: a quick count of French function words settles most articles without Lingua
 * (it can only accept, never reject), which keeps ingest at its speed. Names do not sway the verdict:
 * a French article full of Russian and Chinese names still has French grammar words, and Lingua, when
 * asked, weighs the whole sample.
 */
final class Language {

    static final int MIN_LETTERS = 200;
    /** Lingua reads this much of the text: enough to judge, bounded in cost on long articles. */
    private static final int SAMPLE = 1500;
    /** Share of French function words that settles a text as French without Lingua. */
    private static final double FRENCH_SHARE = 0.12;
    /**
     * A lower share that still settles it when the other languages' own function words are all but absent. Plainly
     * French texts can fall under {@link #FRENCH_SHARE} ("de la", "a", "le" are not counted: other languages have
     * them), and Lingua took milliseconds on each (a few hundred a minute in a large folder). A text in another
     * language, or half in one, is full of that language's function words; its French share is also far lower.
     */
    private static final double LEANING_SHARE = 0.06;
    /** Share of other languages' function words up to which a text with {@link #LEANING_SHARE} is still French. */
    private static final double FOREIGN_SHARE = 0.02;
    /** Lingua's confidence in French, relative to its best guess, under which another language wins. */
    private static final double FRENCH_BEHIND = 0.8;

    /** Words frequent in French and rare as words of the other loaded languages (not "de", "la", "a", "il"). */
    private static final Set<String> FRENCH_WORDS = Set.of("les", "des", "du", "et", "est", "une", "dans", "pour",
            "qui", "sur", "au", "aux", "avec", "ont", "été", "elle", "ses", "leur", "leurs", "pas", "cette", "mais",
            "ou", "sont", "selon", "après", "lors", "ces", "nous", "vous", "être", "avait", "était");

    /**
     * Words frequent in the other loaded Latin-script languages and not French words (nor Latin phrases French uses):
     * English, Spanish, Italian, Portuguese, German, Dutch, and Catalan, which Lingua does not know. Not "y", "non",
     * "su", "dos", "va": French has them.
     */
    private static final Set<String> FOREIGN_WORDS = Set.of(
            "the", "and", "of", "to", "is", "was", "with", "that", "for", "are", "by", "from", "this", "have", "has",
            "el", "los", "las", "del", "por", "con", "es", "lo", "sus", "para", "como", "pero", "fue",
            "di", "che", "della", "delle", "degli", "per", "sono", "gli", "nel", "nella", "anche",
            "os", "em", "não", "um", "uma", "do", "da", "com", "foi", "são", "pelo", "pela",
            "der", "die", "und", "das", "ist", "nicht", "mit", "den", "dem", "ein", "eine", "zu", "von", "auf", "sich",
            "het", "een", "van", "niet", "met", "zijn", "voor", "dat", "ook",
            "els", "amb", "dels", "però", "també", "seu", "seva");

    private static final com.github.pemistahl.lingua.api.Language[] LOADED = {
            com.github.pemistahl.lingua.api.Language.FRENCH, com.github.pemistahl.lingua.api.Language.ENGLISH,
            com.github.pemistahl.lingua.api.Language.GERMAN, com.github.pemistahl.lingua.api.Language.SPANISH,
            com.github.pemistahl.lingua.api.Language.ITALIAN, com.github.pemistahl.lingua.api.Language.PORTUGUESE,
            com.github.pemistahl.lingua.api.Language.DUTCH, com.github.pemistahl.lingua.api.Language.RUSSIAN,
            com.github.pemistahl.lingua.api.Language.UKRAINIAN, com.github.pemistahl.lingua.api.Language.CHINESE,
            com.github.pemistahl.lingua.api.Language.JAPANESE, com.github.pemistahl.lingua.api.Language.ARABIC};

    private Language() {
    }

    /** Loaded on first use: a folder of plainly French articles never pays for it. */
    private static final class Detector {
        static final LanguageDetector INSTANCE = LanguageDetectorBuilder.fromLanguages(LOADED)
                .withLowAccuracyMode().build();
    }

    /** The ISO 639-1 code of the language the text is in when that is clearly not French, else empty. */
    static Optional<String> notFrench(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        if (letters(sample) < MIN_LETTERS || plainlyFrench(sample)) {
            return Optional.empty();
        }
        Map<com.github.pemistahl.lingua.api.Language, Double> confidence =
                Detector.INSTANCE.computeLanguageConfidenceValues(sample);
        if (confidence.isEmpty()) {
            return Optional.empty();
        }
        com.github.pemistahl.lingua.api.Language best = confidence.keySet().iterator().next();
        double french = confidence.getOrDefault(com.github.pemistahl.lingua.api.Language.FRENCH, 0.0);
        if (best == com.github.pemistahl.lingua.api.Language.FRENCH || french >= FRENCH_BEHIND) {
            return Optional.empty();
        }
        return Optional.of(best.getIsoCode639_1().name().toLowerCase(Locale.ROOT));
    }

    /** Letters, a Chinese or Japanese ideograph counting as three: it carries about a word. */
    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isIdeographic(c)) {
                n += 3;
            } else if (Character.isLetter(c)) {
                n++;
            }
        }
        return n;
    }

    /**
     * True when at least {@link #FRENCH_SHARE} of the words are French function words, or at least
     * {@link #LEANING_SHARE} with at most {@link #FOREIGN_SHARE} of other languages' function words. Scans by hand and
     * stops as soon as 60 words settle it, since this runs on every article.
     */
    static boolean plainlyFrench(String sample) {
        int words = 0;
        int french = 0;
        int foreign = 0;
        StringBuilder word = new StringBuilder(16);
        for (int i = 0; i <= sample.length(); i++) {
            char c = i < sample.length() ? sample.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                word.append(Character.toLowerCase(c));
                continue;
            }
            if (word.length() > 0) {
                words++;
                if (word.length() <= 6) {
                    String w = word.toString();
                    if (FRENCH_WORDS.contains(w)) {
                        french++;
                    } else if (FOREIGN_WORDS.contains(w)) {
                        foreign++;
                    }
                }
                word.setLength(0);
                if (words >= 60 && french >= FRENCH_SHARE * words) {
                    return true;
                }
            }
        }
        return words > 0 && (french >= FRENCH_SHARE * words
                || french >= LEANING_SHARE * words && foreign <= FOREIGN_SHARE * words);
    }
}
