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
    private final java.util.Set<String> articles = new java.util.HashSet<>();
    private Mention earliest;

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
        articles.add(mention.article());
        if (earliest == null || MentionOrder.CANONICAL.compare(mention, earliest) < 0) {
            earliest = mention;
        }
        participantsA.addAll(mention.participantsA());
        participantsB.addAll(mention.participantsB());
        date = Compatibility.finer(date, mentionDate);
    }

    /** The first mention in article and sentence order: it names the event's identity. */
    Mention earliest() {
        return earliest;
    }

    boolean hasArticle(String article) {
        return articles.contains(article);
    }
}
