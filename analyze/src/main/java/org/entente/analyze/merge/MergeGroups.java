package org.entente.analyze.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.analyze.EventType;
import org.entente.analyze.Mention;

/**
 * Cuts the mentions into groups that can never share an event, so that a corpus can be merged a
 * group at a time with the same result as all at once (see analyze/docs/dates-and-merging.md).
 *
 * <p>The group is a year: an event's date holds all its reports' dates, so two reports dated in
 * different years never meet, and undated reports only join undated ones. A contact or meeting
 * belongs to the year of its own date. A shared position belongs to the year of the event it was
 * stated at (it takes that event's date), which is the year of the earliest dated report in its
 * article's sentence named as occasion; without an occasion, to the year of its own date.
 * {@code null} stands for the undated group.
 */
public final class MergeGroups {

    private MergeGroups() {
    }

    /** The group of each of one article's mentions, in the same order. */
    public static List<Integer> yearsOf(List<Mention> articleMentions) {
        Map<String, Integer> occasionYear = new HashMap<>();
        Map<String, Boolean> occasionSeen = new HashMap<>();
        for (Mention m : articleMentions) {
            if (m.type() == EventType.SHARED_POSITION) {
                continue;
            }
            String key = MentionOrder.key(m);
            occasionSeen.put(key, true);
            if (m.date() != null) {
                occasionYear.merge(key, m.date().year(), Math::min);
            }
        }
        List<Integer> years = new ArrayList<>(articleMentions.size());
        for (Mention m : articleMentions) {
            if (m.type() == EventType.SHARED_POSITION && m.occasion() != null && occasionSeen.containsKey(m.occasion())) {
                years.add(occasionYear.get(m.occasion()));
            } else {
                years.add(m.date() == null ? null : m.date().year());
            }
        }
        return years;
    }
}
