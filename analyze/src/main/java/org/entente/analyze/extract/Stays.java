package org.entente.analyze.extract;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;
import org.entente.analyze.Mention;
import org.entente.ingest.DatePrecision;
import org.entente.ingest.PartialDate;

/**
 * One visit told day by day: an article says the two presidents had informal talks on Monday and official
 * talks on Tuesday. Meetings of the same named people a few days apart in one article are one stay (codebook:
 * a visit and the talks held during it are one event), so their days give way to the month they share.
 */
final class Stays {

    private static final int DAYS = 3;

    private Stays() {
    }

    static void join(List<Mention> events) {
        for (int i = 0; i < events.size(); i++) {
            for (int j = i + 1; j < events.size(); j++) {
                Mention a = events.get(i);
                Mention b = events.get(j);
                if (sameStay(a, b)) {
                    events.set(i, withMonth(a));
                    events.set(j, withMonth(b));
                }
            }
        }
    }

    private static boolean sameStay(Mention a, Mention b) {
        if (a.type() != EventType.MEETING || b.type() != EventType.MEETING || a.status() != EventStatus.OCCURRED
            || b.status() != EventStatus.OCCURRED || a.participantsA().isEmpty() || a.participantsB().isEmpty()
            || !a.participantsA().equals(b.participantsA()) || !a.participantsB().equals(b.participantsB())) {
            return false;
        }
        PartialDate x = a.date();
        PartialDate y = b.date();
        if (x == null || y == null || x.precision() != DatePrecision.DAY || y.precision() != DatePrecision.DAY || x.equals(y)) {
            return false;
        }
        return Math.abs(ChronoUnit.DAYS.between(x.localDate().orElseThrow(), y.localDate().orElseThrow())) <= DAYS;
    }

    private static Mention withMonth(Mention m) {
        PartialDate d = m.date();
        if (d.precision() != DatePrecision.DAY) {
            return m;
        }
        return new Mention(m.article(), m.sentence(), m.type(), m.status(), new PartialDate(d.year(), d.month(), 0),
            m.participantsA(), m.participantsB(), m.direction(), m.occasion(), m.location(), m.text());
    }
}
