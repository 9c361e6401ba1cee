package org.entente.analyze;

import java.util.List;
import java.util.Objects;
import org.entente.ingest.PartialDate;

/**
 * One sentence-level report of an event, before reports of the same event are merged.
 *
 * @param article        the article id
 * @param sentence       1-based index of the sentence in the article (the headline is sentence 1)
 * @param type           contact, meeting or shared position
 * @param status         occurred or planned
 * @param date           when the event happened (or is planned), or null when neither text nor article dates it
 * @param participantsA  canonical names of side A's persons, sorted; empty when the side is only a country or institution
 * @param participantsB  the same for side B
 * @param direction      for shared positions only, else null
 * @param occasion       for shared positions: the contact or meeting mention it was stated at, written
 *                       {@code <article>#<sentence>} (that mention's article and sentence); null when the passage
 *                       ties it to none (the occasion is then the article itself) and for other types
 * @param location       where a meeting took place when the text says (a city), else empty
 * @param text           the sentence as it stands in the article
 */
public record Mention(String article, int sentence, EventType type, EventStatus status, PartialDate date,
                      List<String> participantsA, List<String> participantsB, Direction direction,
                      String occasion, String location, String text) {

    public Mention {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        participantsA = List.copyOf(participantsA);
        participantsB = List.copyOf(participantsB);
        location = location == null ? "" : location;
        Objects.requireNonNull(text, "text");
        if ((type == EventType.SHARED_POSITION) != (direction != null)) {
            throw new IllegalArgumentException("a direction is given for shared positions, and only for them");
        }
    }
}
