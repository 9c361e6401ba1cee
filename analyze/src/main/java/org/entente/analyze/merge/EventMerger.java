package org.entente.analyze.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.entente.analyze.Dyad;
import org.entente.analyze.Event;
import org.entente.analyze.EventType;
import org.entente.analyze.Mention;
import org.entente.analyze.time.EventDates;
import org.entente.ingest.DatePrecision;
import org.entente.ingest.PartialDate;
import org.entente.ingest.Sha256;

/**
 * Merges mentions into events by the codebook's deduplication rules, within and across articles
 * (rules in analyze/docs/dates-and-merging.md). Contacts and meetings are merged first, so that a
 * shared position's occasion can point at the merged event: the same statement at the same meeting,
 * reported by two outlets, is then one event. The result and its ids depend only on the mentions,
 * never on their order.
 */
public final class EventMerger {

    private static final Comparator<PartialDate> DATE_ORDER = Comparator.nullsLast(Comparator.naturalOrder());
    // After the precision of their dates (see cluster), mentions naming more persons found the events first,
    // so that vaguer ones join them rather than the other way round.
    private static final Comparator<Mention> FOUNDING_ORDER = Comparator
        .comparingInt((Mention m) -> -(m.participantsA().size() + m.participantsB().size()))
        .thenComparing(MentionOrder.CANONICAL);

    private final Dyad dyad;
    private final EventDates dates;

    public EventMerger(Dyad dyad) {
        this.dyad = Objects.requireNonNull(dyad, "dyad");
        this.dates = EventDates.standard();
    }

    /** The events, in date order (undated last), then type, then first report. */
    public List<Event> merge(List<Mention> mentions) {
        return merge(mentions, new HashSet<>());
    }

    /**
     * Merges one of the {@link MergeGroups} of a corpus (or a whole corpus): the events, in date
     * order (undated last), then type, then first report.
     *
     * @param usedIds the event ids already given to earlier groups; this group's ids are added,
     *                and a new id that clashes with one of them is hashed again
     */
    public List<Event> merge(List<Mention> mentions, Set<String> usedIds) {
        List<Mention> encounters = new ArrayList<>();
        List<Mention> positions = new ArrayList<>();
        for (Mention m : mentions) {
            (m.type() == EventType.SHARED_POSITION ? positions : encounters).add(m);
        }
        List<Cluster> clusters = cluster(encounters, m -> "", Mention::date);
        List<Event> events = new ArrayList<>(toEvents(clusters, usedIds));

        Map<String, Event> eventOfMention = new HashMap<>();
        for (Event event : events) {
            for (Mention m : event.mentions()) {
                eventOfMention.putIfAbsent(MentionOrder.key(m), event);
            }
        }
        List<Cluster> positionClusters = cluster(positions, m -> occasionKey(m, eventOfMention), m -> {
            Event occasion = occasionOf(m, eventOfMention);
            return occasion != null ? occasion.date() : m.date();
        });
        events.addAll(toEvents(positionClusters, usedIds));

        events.sort(Comparator.comparing(Event::date, DATE_ORDER)
            .thenComparing(Event::type)
            .thenComparing(Event::status)
            .thenComparing(e -> e.mentions().get(0), MentionOrder.CANONICAL)
            .thenComparing(Event::id));
        return List.copyOf(events);
    }

    /** The occasion a shared position was stated at: the merged contact or meeting, else its article. */
    private static String occasionKey(Mention m, Map<String, Event> eventOfMention) {
        Event event = occasionOf(m, eventOfMention);
        return event != null ? "event:" + event.id() : "article:" + m.article();
    }

    private static Event occasionOf(Mention m, Map<String, Event> eventOfMention) {
        return m.occasion() == null ? null : eventOfMention.get(m.occasion());
    }

    /**
     * Gathers mentions into events. A statement tied to a merged contact or meeting is dated by that event
     * (it was made there), so two outlets that date the same meeting differently still agree on its statements.
     * Events are kept in buckets by what must be equal and by month or year, so a mention is compared only
     * with the events it could join, and merging a large corpus stays close to linear.
     */
    private List<Cluster> cluster(List<Mention> mentions, Function<Mention, String> occasionOf,
                                  Function<Mention, PartialDate> dateOf) {
        Map<Mention, PartialDate> dates = new IdentityHashMap<>();
        for (Mention m : mentions) {
            dates.put(m, dateOf.apply(m));
        }
        List<Mention> order = new ArrayList<>(mentions);
        order.sort(Comparator.comparingInt((Mention m) -> precisionRank(dates.get(m))).thenComparing(FOUNDING_ORDER));
        List<Cluster> clusters = new ArrayList<>();
        Map<String, Bucket> buckets = new HashMap<>();
        for (Mention m : order) {
            String occasion = occasionOf.apply(m);
            PartialDate date = dates.get(m);
            String key = m.type() + "|" + m.status() + "|" + m.direction() + "|" + occasion + "|";
            Cluster target = null;
            for (String name : lookIn(key, date, m, occasion)) {
                Bucket bucket = buckets.get(name);
                if (bucket == null) {
                    continue;
                }
                for (Cluster c : bucket.byDate()) {
                    // Buckets are in date order and the earliest compatible event wins: nothing later can beat it.
                    if (target != null && DATE_ORDER.compare(c.date, target.date) > 0) {
                        break;
                    }
                    if (fits(c, m, occasion, date) && (target == null || better(c, target, m))) {
                        target = c;
                    }
                }
            }
            if (target == null) {
                Cluster founded = new Cluster(m, occasion, date);
                clusters.add(founded);
                for (String name : fileUnder(key, date, m, occasion)) {
                    buckets.computeIfAbsent(name, b -> new Bucket()).add(founded);
                }
            } else {
                target.add(m, date);
            }
        }
        return clusters;
    }

    /** Events that share a bucket, sorted by date (then first report) when next read after a change. */
    private static final class Bucket {
        private static final Comparator<Cluster> ORDER = Comparator.comparing((Cluster c) -> c.date, DATE_ORDER)
            .thenComparing(Cluster::earliest, MentionOrder.CANONICAL);
        private final List<Cluster> clusters = new ArrayList<>();
        private boolean sorted = true;

        void add(Cluster cluster) {
            clusters.add(cluster);
            sorted = false;
        }

        List<Cluster> byDate() {
            if (!sorted) {
                clusters.sort(ORDER);
                sorted = true;
            }
            return clusters;
        }
    }

    private static int precisionRank(PartialDate date) {
        return date == null ? DatePrecision.NONE.ordinal() : date.precision().ordinal();
    }

    /**
     * The buckets an event founded with this date is filed under: its year, its month and its day (or the
     * marker of a month- or year-precise date), so that each kind of mention finds exactly the events whose
     * dates can contain or be contained in its own.
     */
    private static List<String> fileUnder(String key, PartialDate date, Mention m, String occasion) {
        if (date == null) {
            return List.of(undatedBucket(key, m, occasion));
        }
        String year = key + date.year();
        if (date.month() == 0) {
            return List.of(year, year + "-y");
        }
        String month = year + "-" + date.month();
        return List.of(year, month, date.day() == 0 ? month + "-m" : month + "-" + date.day());
    }

    /** The buckets holding every event a mention with this date could be compatible with. */
    private static List<String> lookIn(String key, PartialDate date, Mention m, String occasion) {
        if (date == null) {
            return List.of(undatedBucket(key, m, occasion));
        }
        String year = key + date.year();
        if (date.month() == 0) {
            return List.of(year);
        }
        String month = year + "-" + date.month();
        if (date.day() == 0) {
            return List.of(month, year + "-y");
        }
        return List.of(month + "-" + date.day(), month + "-m", year + "-y");
    }

    private static String undatedBucket(String key, Mention m, String occasion) {
        return key + "undated|" + (occasion.startsWith("event:") ? "" : m.article());
    }

    private static boolean fits(Cluster c, Mention m, String occasion, PartialDate date) {
        if (c.type != m.type() || c.status != m.status() || c.direction != m.direction() || !c.occasion.equals(occasion)) {
            return false;
        }
        if (!Compatibility.dates(c.date, date)) {
            return false;
        }
        // Undated reports are one event only within one article (or one occasion): across articles nothing ties them.
        if (date == null && !c.hasArticle(m.article()) && !occasion.startsWith("event:")) {
            return false;
        }
        return Compatibility.side(c.participantsA, m.participantsA()) && Compatibility.side(c.participantsB, m.participantsB());
    }

    /** Among compatible events: the earliest, then one already reported by the same article, then the first reported. */
    private static boolean better(Cluster candidate, Cluster current, Mention m) {
        int byDate = DATE_ORDER.compare(candidate.date, current.date);
        if (byDate != 0) {
            return byDate < 0;
        }
        boolean candidateSame = candidate.hasArticle(m.article());
        if (candidateSame != current.hasArticle(m.article())) {
            return candidateSame;
        }
        return MentionOrder.CANONICAL.compare(candidate.earliest(), current.earliest()) < 0;
    }

    private List<Event> toEvents(List<Cluster> clusters, Set<String> usedIds) {
        List<Cluster> order = new ArrayList<>(clusters);
        order.sort(Comparator.comparing(Cluster::earliest, MentionOrder.CANONICAL));
        List<Event> events = new ArrayList<>(order.size());
        for (Cluster c : order) {
            List<Mention> mentions = new ArrayList<>(c.mentions);
            mentions.sort(MentionOrder.CANONICAL);
            String location = mentions.stream().map(Mention::location).filter(l -> !l.isBlank()).findFirst().orElse("");
            String id = uniqueId(c, usedIds);
            events.add(new Event(id, c.type, c.status, c.date, dyad.sideA(), dyad.sideB(),
                List.copyOf(c.participantsA), List.copyOf(c.participantsB), c.direction, location,
                mentions, clearest(mentions).text()));
        }
        return events;
    }

    /**
     * The clearest report: the one naming most participants, then one that says when, then the first
     * in article and sentence order.
     */
    private Mention clearest(List<Mention> sorted) {
        Mention best = null;
        int bestNamed = -1;
        // whether the best so far says when: looked for only when another report names as many persons,
        // since the look-up scans the sentence for date expressions and most events have one report
        Boolean bestDated = null;
        for (Mention m : sorted) {
            int named = m.participantsA().size() + m.participantsB().size();
            if (named < bestNamed) {
                continue;
            }
            if (named > bestNamed) {
                best = m;
                bestNamed = named;
                bestDated = null;
                continue;
            }
            if (bestDated == null) {
                bestDated = dates.hasDateExpression(best.text());
            }
            if (!bestDated && dates.hasDateExpression(m.text())) {
                best = m;
                bestDated = true;
            }
        }
        return best;
    }

    /** "E" and 10 hex digits of SHA-256 over the event's type, status and first report; re-hashed on a clash. */
    private static String uniqueId(Cluster c, Set<String> usedIds) {
        Mention first = c.earliest();
        String base = c.type.label() + "|" + c.status.label() + "|" + MentionOrder.key(first) + "|"
            + String.join(";", first.participantsA()) + "|" + String.join(";", first.participantsB()) + "|"
            + (c.direction == null ? "" : c.direction.label());
        String id = "E" + Sha256.hex(base).substring(0, 10);
        for (int n = 2; !usedIds.add(id); n++) {
            id = "E" + Sha256.hex(base + "|" + n).substring(0, 10);
        }
        return id;
    }
}
