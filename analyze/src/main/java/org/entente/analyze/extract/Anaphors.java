package org.entente.analyze.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.entente.analyze.Dyad;
import org.entente.analyze.actor.ActorRef;
import org.entente.analyze.lexicon.Cue;
import org.entente.analyze.lexicon.CueKind;

/**
 * Reading {@code les deux parties}, {@code ils}, {@code leur}, {@code lui}: which of them refer to
 * the two sides, and which actors of the sentence they point back to.
 */
final class Anaphors {

    /** "les hauts diplomates des États-Unis": a plural followed by whose it is names someone else. */
    private static final Pattern QUALIFIED_AFTER = Pattern.compile("(?i)^\\s*(?:de|des|du|d'|americain|occidenta|europeen|britannique|francais|ukrainien)");
    private static final Pattern STRONG = Pattern.compile("(?i)^(?:les|leurs|tous)\\s.*");

    private Anaphors() {
    }

    /** The both-sides anaphors of the range that really stand for the two sides. */
    static List<Cue> both(SentenceReading r, int from, int to) {
        List<Cue> out = new ArrayList<>();
        for (Cue c : r.cuesIn(CueKind.BOTH, from, to)) {
            String after = r.folded().substring(c.end(), Math.min(r.folded().length(), c.end() + 16));
            if (STRONG.matcher(c.text()).matches() && QUALIFIED_AFTER.matcher(after).find()) {
                continue;
            }
            out.add(c);
        }
        return out;
    }

    /** "les deux parties" names both sides whatever else the sentence says; "ils", "leur" may mean anyone. */
    static boolean strong(Cue anaphor) {
        return STRONG.matcher(anaphor.text()).matches();
    }

    /** The nearest actor of each side before the anaphor, in the sentence (persons preferred). */
    static List<ActorRef> antecedents(SentenceReading r, Cue anaphor, Dyad dyad) {
        List<ActorRef> out = new ArrayList<>();
        for (String side : List.of(dyad.sideA(), dyad.sideB())) {
            ActorRef best = null;
            for (ActorRef a : r.actors()) {
                if (a.end() > anaphor.start() || !a.country().equals(side)) {
                    continue;
                }
                if (best == null || a.isPerson() || !best.isPerson()) {
                    best = a;
                }
            }
            if (best != null) {
                out.add(best);
            }
        }
        return out;
    }

    /** The person a singular pronoun stands for: the nearest person named before it in the sentence. */
    static ActorRef personBefore(SentenceReading r, int offset) {
        ActorRef best = null;
        for (ActorRef a : r.actors()) {
            if (a.isPerson() && a.end() <= offset) {
                best = a;
            }
        }
        return best;
    }
}
