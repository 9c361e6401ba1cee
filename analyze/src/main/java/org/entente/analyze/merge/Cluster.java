package org.entente.analyze.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.entente.analyze.Direction;
import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;
import org.entente.analyze.Mention;
import org.entente.ingest.PartialDate;

/** The mentions gathered for one event while merging; mutable, confined to one merge call. */
final class Cluster {

    final EventType type;
    final EventStatus status;
    final Direction direction;
    final String occasion;
    PartialDate date;
    final TreeSet<String> participantsA = new TreeSet<>();
    final TreeSet<String> participantsB = new TreeSet<>();
    final List<Mention> mentions = new ArrayList<>();

    /**
     * @param date the date the mention is merged by: its own, or for a statement tied to a merged contact
     *             or meeting, that event's date
     */
    Cluster(Mention first, String occasion, PartialDate date) {
        this.type = first.type();
        this.status = first.status();
        this.direction = first.direction();
        this.occasion = occasion;
        this.date = date;
        add(first, date);
    }

    void add(Mention mention, PartialDate mentionDate) {
        mentions.add(mention);
        participantsA.addAll(mention.participantsA());
        participantsB.addAll(mention.participantsB());
        date = Compatibility.finer(date, mentionDate);
    }

    /** The first mention in article and sentence order: it names the event's identity. */
    Mention earliest() {
        Mention earliest = mentions.get(0);
        for (Mention m : mentions) {
            if (MentionOrder.CANONICAL.compare(m, earliest) < 0) {
                earliest = m;
            }
        }
        return earliest;
    }

    boolean hasArticle(String article) {
        for (Mention m : mentions) {
            if (m.article().equals(article)) {
                return true;
            }
        }
        return false;
    }
}
