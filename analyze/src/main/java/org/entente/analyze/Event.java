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
 * @param correction    what an analyst's correction did to it ("dropped: ...", "changed ...: ...", "added: ..."),
 *                      empty when the analysis stands as found
 */
public record Event(String id, EventType type, EventStatus status, PartialDate date, String countryA, String countryB,
                    List<String> participantsA, List<String> participantsB, Direction direction, String location,
                    List<Mention> mentions, String evidence, String correction) {

    /** An event as the analysis found it, uncorrected. */
    public Event(String id, EventType type, EventStatus status, PartialDate date, String countryA, String countryB,
                 List<String> participantsA, List<String> participantsB, Direction direction, String location,
                 List<Mention> mentions, String evidence) {
        this(id, type, status, date, countryA, countryB, participantsA, participantsB, direction, location, mentions,
            evidence, "");
    }

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        participantsA = List.copyOf(participantsA);
        participantsB = List.copyOf(participantsB);
        location = location == null ? "" : location;
        mentions = List.copyOf(mentions);
        Objects.requireNonNull(evidence, "evidence");
        correction = correction == null ? "" : correction;
    }

    /** An analyst dropped it: it stays listed, but is not counted or briefed. */
    public boolean isDropped() {
        return correction.startsWith("dropped");
    }

    /** The ids of the articles that report it, sorted, without repeats. */
    public List<String> articles() {
        return mentions.stream().map(Mention::article).distinct().sorted().toList();
    }
}
