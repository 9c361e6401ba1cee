package org.entente.analyze.extract;

import java.util.List;
import java.util.Set;
import org.entente.analyze.EventType;
import org.entente.analyze.Mention;
import org.entente.analyze.merge.Compatibility;

/**
 * Real articles tell one exchange several times: the lede says the two presidents spoke by video, the
 * body that "lors de leurs discussions" they reviewed their ties. A generic exchange with no channel
 * of its own takes the type of a call of the same article with compatible participants and date; it is
 * a meeting only where the article reports no such call, or reports a meeting it can be (codebook,
 * "Real articles", retellings).
 */
final class Retellings {

    private Retellings() {
    }

    /** Replaces, in place, each generic meeting that retells a call of the article by a contact. */
    static void retype(List<Mention> events, Set<Mention> generic) {
        if (generic.isEmpty()) {
            return;
        }
        for (int i = 0; i < events.size(); i++) {
            Mention m = events.get(i);
            if (!generic.contains(m) || m.type() != EventType.MEETING) {
                continue;
            }
            boolean meeting = events.stream().anyMatch(e -> e.type() == EventType.MEETING && !generic.contains(e) && retells(m, e));
            boolean call = events.stream().anyMatch(e -> e.type() == EventType.CONTACT && retells(m, e));
            if (call && !meeting) {
                events.set(i, new Mention(m.article(), m.sentence(), EventType.CONTACT, m.status(), m.date(),
                    m.participantsA(), m.participantsB(), null, null, "", m.text()));
            }
        }
        // a retold call may now say the same as a contact found in its own sentence
        for (int i = events.size() - 1; i >= 0; i--) {
            Mention m = events.get(i);
            for (int j = 0; j < i; j++) {
                Mention e = events.get(j);
                if (e.sentence() == m.sentence() && e.type() == m.type() && e.status() == m.status()
                    && e.participantsA().equals(m.participantsA()) && e.participantsB().equals(m.participantsB())
                    && java.util.Objects.equals(e.date(), m.date())) {
                    events.remove(i);
                    break;
                }
            }
        }
    }

    /**
     * "Xi et Poutine prévoient de se retrouver à Astana" in a headline, "début juillet" in the lede: a plan the text
     * dates nowhere near it takes the date of the one plan of the article it can retell, instead of the article's.
     */
    static void datePlans(List<Mention> events, Set<Mention> withoutDate) {
        if (withoutDate.isEmpty()) {
            return;
        }
        for (int i = 0; i < events.size(); i++) {
            Mention m = events.get(i);
            if (!withoutDate.contains(m)) {
                continue;
            }
            List<Mention> dated = events.stream().filter(e -> e != m && !withoutDate.contains(e) && e.status() == m.status()
                && e.type() == m.type() && e.date() != null
                && Compatibility.side(m.participantsA(), e.participantsA())
                && Compatibility.side(m.participantsB(), e.participantsB())).toList();
            if (dated.stream().map(Mention::date).distinct().count() == 1) {
                events.set(i, new Mention(m.article(), m.sentence(), m.type(), m.status(), dated.get(0).date(),
                    m.participantsA(), m.participantsB(), null, null, m.location(), m.text()));
            }
        }
    }

    private static boolean retells(Mention generic, Mention specific) {
        return generic != specific && generic.status() == specific.status()
            && Compatibility.dates(generic.date(), specific.date())
            && Compatibility.side(generic.participantsA(), specific.participantsA())
            && Compatibility.side(generic.participantsB(), specific.participantsB());
    }
}
