package org.entente.analyze.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.analyze.Dyad;
import org.entente.analyze.actor.ActorKind;
import org.entente.analyze.actor.ActorRef;

/**
 * {@code son homologue} without a nationality: the counterpart of the person named before it, so
 * an office of the other side ({@code M. Xi s'est dit prêt à travailler avec son homologue}).
 */
final class Counterparts {

    private static final Pattern BARE = Pattern.compile("(?i)(?<![\\p{L}])(?:son|sa|leur)\\s+(?:interlocuteur|homologue)(?![\\p{L}])"
        + "(?!\\s+(?:nord-|sud-)?(?:" + ThirdParty.NATIONALITIES + ")(?:ne|e|s|nes|es)?(?![\\p{L}]))");

    /** A capitalised first name and surname right after the noun (the dyad's own names are actors and are checked first). */
    private static final Pattern UNKNOWN_NAME_AFTER = Pattern.compile(",?\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\s+\\p{Lu}\\p{Ll}{2,}");

    private Counterparts() {
    }

    /** At most this many characters between a bare "son homologue" and the name that says who it is. */
    private static final int NAMED_GAP = 3;

    private static boolean namedRightAfter(String folded, int end, ActorRef a) {
        if (!a.isPerson() || a.start() < end || a.start() - end > NAMED_GAP) {
            return false;
        }
        String gap = folded.substring(end, a.start()).strip();
        return gap.isEmpty() || gap.equals(",");
    }

    static List<ActorRef> addBare(String folded, List<ActorRef> refs, Dyad dyad) {
        // most sentences name no counterpart: two literal searches are far cheaper than the regex scan
        if (!containsIgnoreCase(folded, "homologue") && !containsIgnoreCase(folded, "interlocuteur")) {
            return refs;
        }
        Matcher m = BARE.matcher(folded);
        List<ActorRef> out = null;
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (refs.stream().anyMatch(a -> a.start() < end && start < a.end())) {
                continue;
            }
            if (refs.stream().anyMatch(a -> namedRightAfter(folded, end, a))) {
                // "après des entretiens avec son homologue Li Qiang": the name says who the counterpart is, and of which side
                continue;
            }
            if (UNKNOWN_NAME_AFTER.matcher(folded.substring(end, Math.min(folded.length(), end + 40))).lookingAt()) {
                // "sa rencontre avec son homologue Alexandre Loukachenko": a name the dictionary does not know is a third party's
                continue;
            }
            ActorRef before = null;
            for (ActorRef a : refs) {
                if (a.isPerson() && a.end() <= start) {
                    before = a;
                }
            }
            if (before == null) {
                continue;
            }
            String side = before.country().equals(dyad.sideA()) ? dyad.sideB() : dyad.sideA();
            if (out == null) {
                out = new ArrayList<>(refs);
            }
            out.add(new ActorRef(start, end, side, ActorKind.OFFICE, List.of(), ParticipantResolver.COUNTERPART, m.group()));
        }
        if (out == null) {
            return refs;
        }
        out.sort(Comparator.comparingInt(ActorRef::start));
        return out;
    }

    /** Accepts at least whatever BARE's ASCII case-insensitive match accepts, so it never hides a match. */
    static boolean containsIgnoreCase(String text, String lowerWord) {
        char first = lowerWord.charAt(0);
        char firstUpper = Character.toUpperCase(first);
        for (int i = 0; i + lowerWord.length() <= text.length(); i++) {
            char c = text.charAt(i);
            if ((c == first || c == firstUpper) && text.regionMatches(true, i, lowerWord, 0, lowerWord.length())) {
                return true;
            }
        }
        return false;
    }
}
