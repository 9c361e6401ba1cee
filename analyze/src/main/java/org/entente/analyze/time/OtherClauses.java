package org.entente.analyze.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stretches of a sentence whose dates belong to another event: a date after {@code depuis},
 * {@code depuis que}, {@code après le début de}, {@code jusqu'à} or {@code à partir de} marks the start
 * or end of a period ({@code ... depuis que la Russie a lancé son offensive le 24 février}), never the
 * date of the event the sentence reports; so does one in a relative clause telling when someone took office
 * ({@code qui a été nommé en septembre}), and so do the dates and actors of a contrasting clause
 * ({@code La visite intervient alors que la Chine fait face à des critiques sur ses liens avec Moscou}). A stretch
 * runs from its cue to the next comma, semicolon, colon, bracket or quotation mark, or to the end of the sentence.
 */
public final class OtherClauses {

    private static final Pattern CUE = Pattern.compile(
        "\\b(?:depuis|apres\\s+le\\s+debut\\s+d|au\\s+debut\\s+(?:de\\s+la\\s+guerre|de\\s+l'invasion|de\\s+l'offensive|de\\s+l'operation|du\\s+conflit)"
            + "|jusqu'|a\\s+partir\\s+d"
            // "à Liu, qui a été nommé en septembre dernier chef d'état-major": when someone took office is not the event's date
            + "|qui\\s+(?:a|avait)\\s+ete\\s+(?:nomme|elu|designe|promu|reconduit|investi)e?"
            + "|alors\\s+qu|tandis\\s+qu)");

    /** How far after "depuis" the event word may stand to head its stretch: "depuis la dernière visite d'État de". */
    private static final int HEAD_REACH = 25;

    private static final Pattern TRAILING_DATE = Pattern.compile("[,\\s]*");

    private OtherClauses() {
    }

    /** Whether the span [start, end) of the folded sentence lies in such a stretch. */
    public static boolean isOther(String folded, int start) {
        for (Stretch s : stretches(folded)) {
            if (s.cueStart() > start) {
                return false;
            }
            if (start < s.stop()) {
                return true;
            }
            if (TRAILING_DATE.matcher(folded.substring(s.stop(), start)).matches() && folded.length() - start <= 30) {
                // "depuis que Qin Gang a pris son poste, en décembre.": the date that closes the sentence is the stretch's
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the event word heads the stretch the date lies in: "depuis la visite de Xi à Moscou en mai" is the stretch
     * of the visit itself, so its date is the visit's. A word further in ("depuis que Moscou a envoyé ses troupes en
     * février 2022 – devait rencontrer") is not its head.
     */
    public static boolean headsStretch(String folded, int word, int date) {
        for (Stretch s : stretches(folded)) {
            if (s.cueEnd() <= word && word - s.cueEnd() <= HEAD_REACH && word < date && date < s.stop()) {
                return true;
            }
        }
        return false;
    }

    /** A cue and where its stretch stops. */
    private record Stretch(int cueStart, int cueEnd, int stop) {
    }

    /** The sentence's stretches in order; a cue inside a stretch belongs to it and opens none of its own. */
    private static List<Stretch> stretches(String folded) {
        List<Stretch> found = new ArrayList<>(2);
        Matcher m = CUE.matcher(folded);
        int from = 0;
        while (from < folded.length() && m.find(from)) {
            int stop = clauseEnd(folded, m.end());
            found.add(new Stretch(m.start(), m.end(), stop));
            from = stop;
        }
        return found;
    }

    private static int clauseEnd(String folded, int from) {
        for (int i = from; i < folded.length(); i++) {
            switch (folded.charAt(i)) {
                case ',', ';', ':', '(', ')', '"', '.', '!', '?' -> {
                    if (folded.charAt(i) == '.' && i + 1 < folded.length() && Character.isDigit(folded.charAt(i + 1))) {
                        continue;
                    }
                    return i;
                }
                default -> { }
            }
        }
        return folded.length();
    }
}
