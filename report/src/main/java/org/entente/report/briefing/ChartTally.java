package org.entente.report.briefing;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.entente.analyze.Direction;
import org.entente.analyze.Dyad;
import org.entente.analyze.Event;
import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;
import org.entente.ingest.PartialDate;

/**
 * What the direction and participant charts count, gathered one event at a time: occurred events dated in the chart
 * window. Its size depends on the window and on how many persons take part, not on how many events there are.
 */
public final class ChartTally {

    private final YearMonth first;
    private final YearMonth last;
    private final Dyad dyad;
    private final Map<YearMonth, Map<Direction, Integer>> directions = new HashMap<>();
    private final Map<Participant, Integer> participants = new HashMap<>();

    /** A person and the country code of the side they took part on. */
    record Participant(String name, String country) {
    }

    public ChartTally(BriefingOptions options) {
        List<YearMonth> window = BriefingCharts.window(options.month(), options.chartWindowMonths());
        this.first = window.get(0);
        this.last = options.month();
        this.dyad = options.dyad();
    }

    /** The tally of a list of events, dropped ones already left out. */
    public static ChartTally of(BriefingOptions options, List<Event> events) {
        ChartTally tally = new ChartTally(options);
        events.forEach(tally::add);
        return tally;
    }

    public YearMonth firstMonth() {
        return first;
    }

    public YearMonth lastMonth() {
        return last;
    }

    /** Counts the event when it occurred in the window; any other event is ignored. */
    public void add(Event event) {
        YearMonth month = monthOf(event.date());
        if (event.status() != EventStatus.OCCURRED || month == null || month.isBefore(first) || month.isAfter(last)) {
            return;
        }
        if (event.type() == EventType.SHARED_POSITION && event.direction() != null) {
            directions.computeIfAbsent(month, m -> new EnumMap<>(Direction.class)).merge(event.direction(), 1, Integer::sum);
        }
        String countryA = orDefault(event.countryA(), dyad.sideA());
        String countryB = orDefault(event.countryB(), dyad.sideB());
        event.participantsA().stream().distinct().forEach(p -> participants.merge(new Participant(p, countryA), 1, Integer::sum));
        event.participantsB().stream().distinct().forEach(p -> participants.merge(new Participant(p, countryB), 1, Integer::sum));
    }

    /** Shared positions of a month by direction. */
    Map<Direction, Integer> directionsIn(YearMonth month) {
        return directions.getOrDefault(month, Map.of());
    }

    /** How many counted events each person took part in. */
    Map<Participant, Integer> participants() {
        return participants;
    }

    private static YearMonth monthOf(PartialDate date) {
        return date == null ? null : date.yearMonth().orElse(null);
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChartTally that && first.equals(that.first) && last.equals(that.last)
            && dyad.equals(that.dyad) && directions.equals(that.directions) && participants.equals(that.participants);
    }

    @Override
    public int hashCode() {
        return Objects.hash(first, last, dyad, directions, participants);
    }

    @Override
    public String toString() {
        return "ChartTally[" + first + ".." + last + ", directions=" + directions + ", participants=" + participants + "]";
    }
}
