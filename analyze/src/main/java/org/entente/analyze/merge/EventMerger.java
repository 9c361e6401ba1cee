package org.entente.analyze.merge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
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
import org.entente.ingest.PartialDate;

/**
 * Merges mentions into events by the codebook's deduplication rules, within and across articles
 * (rules in analyze/docs/dates-and-merging.md). Contacts and meetings are merged first, so that a
 * shared position's occasion can point at the merged event: the same statement at the same meeting,
 * reported by two outlets, is then one event. The result and its ids depend only on the mentions,
 * never on their order.
 */
public final class EventMerger {

    private static final Comparator<PartialDate> DATE_ORDER = Comparator.nullsLast(Comparator.naturalOrder());
    // Precise mentions found the events; vaguer ones then join them rather than the other way round.
    private static final Comparator<Mention> FOUNDING_ORDER = Comparator
        .comparingInt((Mention m) -> m.date() == null ? 3 : m.date().precision().ordinal())
        .thenComparing(m -> -(m.participantsA().size() + m.participantsB().size()))
        .thenComparing(MentionOrder.CANONICAL);

    private final Dyad dyad;
    private final EventDates dates;

    public EventMerger(Dyad dyad) {
        this.dyad = Objects.requireNonNull(dyad, "dyad");
        this.dates = EventDates.standard();
    }

    /** The events, in date order (undated last), then type, then first report. */
    public List<Event> merge(List<Mention> mentions) {
        List<Mention> encounters = new ArrayList<>();
        List<Mention> positions = new ArrayList<>();
        for (Mention m : mentions) {
            (m.type() == EventType.SHARED_POSITION ? positions : encounters).add(m);
        }
        List<Cluster> clusters = cluster(encounters, m -> "", Mention::date);
        List<Event> events = new ArrayList<>(toEvents(clusters, new HashSet<>()));

        Map<String, Event> eventOfMention = new HashMap<>();
        for (Event event : events) {
            for (Mention m : event.mentions()) {
                eventOfMention.putIfAbsent(MentionOrder.key(m), event);
            }
        }
        Set<String> ids = new HashSet<>();
        events.forEach(e -> ids.add(e.id()));
        List<Cluster> positionClusters = cluster(positions, m -> occasionKey(m, eventOfMention), m -> {
            Event occasion = occasionOf(m, eventOfMention);
            return occasion != null ? occasion.date() : m.date();
        });
        events.addAll(toEvents(positionClusters, ids));

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
     */
    private List<Cluster> cluster(List<Mention> mentions, Function<Mention, String> occasionOf,
                                  Function<Mention, PartialDate> dateOf) {
        List<Mention> order = new ArrayList<>(mentions);
        order.sort(FOUNDING_ORDER);
        List<Cluster> clusters = new ArrayList<>();
        for (Mention m : order) {
            String occasion = occasionOf.apply(m);
            PartialDate date = dateOf.apply(m);
            Cluster target = null;
            for (Cluster c : clusters) {
                if (fits(c, m, occasion, date) && (target == null || better(c, target, m))) {
                    target = c;
                }
            }
            if (target == null) {
                clusters.add(new Cluster(m, occasion, date));
            } else {
                target.add(m, date);
            }
        }
        return clusters;
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
        boolean bestDated = false;
        for (Mention m : sorted) {
            int named = m.participantsA().size() + m.participantsB().size();
            if (named < bestNamed) {
                continue;
            }
            boolean dated = dates.hasDateExpression(m.text());
            if (named > bestNamed || (dated && !bestDated)) {
                best = m;
                bestNamed = named;
                bestDated = dated;
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
        String id = "E" + sha256(base).substring(0, 10);
        for (int n = 2; !usedIds.add(id); n++) {
            id = "E" + sha256(base + "|" + n).substring(0, 10);
        }
        return id;
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
