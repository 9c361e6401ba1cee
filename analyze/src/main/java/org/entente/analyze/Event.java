package org.entente.analyze;

import java.util.List;
import java.util.Objects;
import org.entente.ingest.PartialDate;

/**
 * One event after the reports of it have been merged.
 *
 * @param id            stable identifier, derived from the event's content so that it survives re-runs on the same input
 * @param type          contact, meeting or shared position
 * @param status        occurred or planned
 * @param date          the most precise date its mentions agree on, or null when undated
 * @param countryA      side A's country code
 * @param countryB      side B's country code
 * @param participantsA canonical names of side A's persons, sorted
 * @param participantsB the same for side B
 * @param direction     for shared positions, else null
 * @param location      where it took place when known, else empty
 * @param mentions      the reports merged into it, in article and sentence order
 * @param evidence      the text of the clearest mention
 */
public record Event(String id, EventType type, EventStatus status, PartialDate date, String countryA, String countryB,
                    List<String> participantsA, List<String> participantsB, Direction direction, String location,
                    List<Mention> mentions, String evidence) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        participantsA = List.copyOf(participantsA);
        participantsB = List.copyOf(participantsB);
        location = location == null ? "" : location;
        mentions = List.copyOf(mentions);
        Objects.requireNonNull(evidence, "evidence");
    }

    /** The ids of the articles that report it, sorted, without repeats. */
    public List<String> articles() {
        return mentions.stream().map(Mention::article).distinct().sorted().toList();
    }
}
