package org.entente.analyze.time;

import java.util.Map;
import org.entente.ingest.MatchingText;

/**
 * The form in which date expressions are matched: the shared matching form, lower-cased, with
 * French accents and ligatures folded, so that one pattern covers {@code février}, {@code fevrier}
 * and {@code FÉVRIER}. Folding keeps every character in place (ligatures fold to their first letter)
 * so positions found in the folded text are positions in the normalised one.
 */
final class FrenchText {

    static final Map<String, Integer> MONTHS = Map.ofEntries(
        Map.entry("janvier", 1), Map.entry("fevrier", 2), Map.entry("mars", 3), Map.entry("avril", 4),
        Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7), Map.entry("aout", 8),
        Map.entry("septembre", 9), Map.entry("octobre", 10), Map.entry("novembre", 11), Map.entry("decembre", 12));

    static final String MONTH_NAMES = "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre";

    static final Map<String, java.time.DayOfWeek> WEEKDAYS = Map.of(
        "lundi", java.time.DayOfWeek.MONDAY, "mardi", java.time.DayOfWeek.TUESDAY,
        "mercredi", java.time.DayOfWeek.WEDNESDAY, "jeudi", java.time.DayOfWeek.THURSDAY,
        "vendredi", java.time.DayOfWeek.FRIDAY, "samedi", java.time.DayOfWeek.SATURDAY,
        "dimanche", java.time.DayOfWeek.SUNDAY);

    static final String WEEKDAY_NAMES = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
        Map.entry("un", 1), Map.entry("une", 1), Map.entry("deux", 2), Map.entry("trois", 3),
        Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("six", 6), Map.entry("sept", 7),
        Map.entry("huit", 8), Map.entry("neuf", 9), Map.entry("dix", 10), Map.entry("onze", 11),
        Map.entry("douze", 12), Map.entry("quelques", 2));

    private static final Map<String, Integer> ORDINAL_WORDS = Map.ofEntries(
        Map.entry("premier", 1), Map.entry("premiere", 1), Map.entry("deuxieme", 2), Map.entry("second", 2),
        Map.entry("seconde", 2), Map.entry("troisieme", 3), Map.entry("quatrieme", 4), Map.entry("cinquieme", 5),
        Map.entry("sixieme", 6), Map.entry("septieme", 7), Map.entry("huitieme", 8), Map.entry("neuvieme", 9),
        Map.entry("dixieme", 10), Map.entry("vingtieme", 20), Map.entry("trentieme", 30),
        Map.entry("quarantieme", 40), Map.entry("cinquantieme", 50), Map.entry("centieme", 100));

    static final String NUMBER_WORD_NAMES = "une|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quelques";
    static final String ORDINAL_WORD_NAMES =
        "premiere|premier|deuxieme|seconde|second|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme"
            + "|dixieme|vingtieme|trentieme|quarantieme|cinquantieme|centieme";

    private FrenchText() {
    }

    /** Raw article text to the matching form: normalised, lower-cased, accents folded. */
    static String fold(String raw) {
        return foldNormalized(MatchingText.normalize(raw));
    }

    /** Folds text already in the matching form, character for character, so that positions carry over. */
    static String foldNormalized(String normalized) {
        char[] chars = normalized.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = foldChar(Character.toLowerCase(chars[i]));
        }
        return new String(chars);
    }

    private static char foldChar(char c) {
        if (c < 0xC0) {
            return c;
        }
        return switch (c) {
            case 'à', 'â', 'ä', 'á', 'ã', 'å' -> 'a';
            case 'é', 'è', 'ê', 'ë' -> 'e';
            case 'î', 'ï', 'í', 'ì' -> 'i';
            case 'ô', 'ö', 'ó', 'ò', 'õ', 'œ' -> 'o';
            case 'ù', 'û', 'ü', 'ú' -> 'u';
            case 'ç' -> 'c';
            case 'ÿ' -> 'y';
            case 'æ' -> 'a';
            case 'ñ' -> 'n';
            case '\u2013', '\u2014' -> '-';
            case '\u1D49' -> 'e';
            case '\u02B3' -> 'r';
            default -> c;
        };
    }

    static int month(String name) {
        return MONTHS.get(name);
    }

    /** A count written in digits or in words ({@code trois}, {@code quelques}); -1 when it is neither. */
    static int count(String text) {
        Integer word = NUMBER_WORDS.get(text);
        if (word != null) {
            return word;
        }
        return parseSmall(text);
    }

    /** An ordinal written {@code 69e}, {@code 69ème}, {@code 1er} or in words; -1 when it is none of these. */
    static int ordinal(String text) {
        Integer word = ORDINAL_WORDS.get(text);
        if (word != null) {
            return word;
        }
        int end = 0;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end == 0 ? -1 : parseSmall(text.substring(0, end));
    }

    private static int parseSmall(String digits) {
        if (digits.isEmpty() || digits.length() > 4) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
