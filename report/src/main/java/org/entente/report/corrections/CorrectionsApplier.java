package org.entente.report.corrections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.analyze.Direction;
import org.entente.analyze.Dyad;
import org.entente.analyze.Event;
import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;
import org.entente.ingest.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies an analyst's corrections to the merged events, on every run, so that a correction
 * survives re-runs and new articles. Each corrected event says so in its correction note.
 */
public final class CorrectionsApplier {

    private static final Logger log = LoggerFactory.getLogger(CorrectionsApplier.class);

    private final List<Correction> corrections;
    private final Dyad dyad;
    private final Set<Correction> applied = new HashSet<>();

    /**
     * For a merge done a group at a time: {@link #applyTo} each group's events, then take the
     * {@link #added} events and {@link #warnAboutUnknownEvents}.
     */
    public CorrectionsApplier(List<Correction> corrections, Dyad dyad) {
        this.corrections = List.copyOf(corrections);
        this.dyad = dyad;
    }

    /** All at once: the corrected events, added ones included, by event id. */
    public static List<Event> apply(List<Event> events, List<Correction> corrections, Dyad dyad) {
        CorrectionsApplier applier = new CorrectionsApplier(corrections, dyad);
        List<Event> result = new ArrayList<>(applier.applyTo(events));
        result.addAll(applier.added());
        applier.warnAboutUnknownEvents();
        result.sort(Comparator.comparing(Event::id));
        return result;
    }

    /** The events with the drops and changes that name them applied, in the same order. */
    public List<Event> applyTo(List<Event> events) {
        Map<String, Event> byId = new LinkedHashMap<>();
        events.forEach(e -> byId.put(e.id(), e));
        for (Correction c : corrections) {
            Event event = c.action() == Correction.Action.ADD ? null : byId.get(c.eventId());
            if (event != null) {
                applied.add(c);
                byId.put(event.id(), c.action() == Correction.Action.DROP ? noted(event, "dropped: " + c.comment()) : change(event, c));
            }
        }
        return new ArrayList<>(byId.values());
    }

    /** The events the analyst added (with any drop or change that names them). */
    public List<Event> added() {
        return applyTo(corrections.stream().filter(c -> c.action() == Correction.Action.ADD).map(c -> add(c, dyad)).toList());
    }

    /** Says which drops and changes named no event of this run. */
    public void warnAboutUnknownEvents() {
        for (Correction c : corrections) {
            if (c.action() != Correction.Action.ADD && !applied.contains(c)) {
                // Ids come from the content of the reports: an edited article can change one.
                log.warn("corrections.csv line {}: no event {} in this run; check events.csv for its new id",
                    c.line(), c.eventId());
            }
        }
    }

    private static Event change(Event e, Correction c) {
        EventType type = c.type() == null ? e.type() : c.type();
        Direction direction = type != EventType.SHARED_POSITION ? null : c.direction() != null ? c.direction() : e.direction();
        if (type == EventType.SHARED_POSITION && direction == null) {
            log.warn("corrections.csv line {}: event {} becomes a shared position but the line gives no direction; not changed",
                c.line(), e.id());
            return e;
        }
        List<String> changes = new ArrayList<>();
        if (type != e.type()) {
            changes.add("type " + e.type().label() + " -> " + type.label());
        }
        if (c.date() != null && !c.date().equals(e.date())) {
            changes.add("date " + (e.date() == null ? "none" : e.date()) + " -> " + c.date());
        }
        if (c.status() != null && c.status() != e.status()) {
            changes.add("status " + e.status().label() + " -> " + c.status().label());
        }
        String note = "changed" + (changes.isEmpty() ? "" : " " + String.join(", ", changes)) + ": " + c.comment();
        return new Event(e.id(), type, c.status() == null ? e.status() : c.status(), c.date() == null ? e.date() : c.date(),
            e.countryA(), e.countryB(), c.participantsA() == null ? e.participantsA() : c.participantsA(),
            c.participantsB() == null ? e.participantsB() : c.participantsB(), direction, e.location(), e.mentions(),
            e.evidence(), note);
    }

    private static Event add(Correction c, Dyad dyad) {
        String id = "A" + Sha256.hex(c.type() + "|" + c.date() + "|" + c.evidence() + "|" + c.comment()).substring(0, 10);
        return new Event(id, c.type(), c.status() == null ? EventStatus.OCCURRED : c.status(), c.date(), dyad.sideA(),
            dyad.sideB(), c.participantsA() == null ? List.of() : c.participantsA(),
            c.participantsB() == null ? List.of() : c.participantsB(), c.direction(), "", List.of(), c.evidence(),
            "added: " + c.comment());
    }

    private static Event noted(Event e, String note) {
        return new Event(e.id(), e.type(), e.status(), e.date(), e.countryA(), e.countryB(), e.participantsA(),
            e.participantsB(), e.direction(), e.location(), e.mentions(), e.evidence(), note);
    }
}
