package org.entente.analyze.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.entente.analyze.Event;
import org.entente.ingest.DatePrecision;
import org.entente.ingest.PartialDate;

/**
 * Pairs one article's predicted events with its gold rows. Matching is one to one and maximal (an
 * early greedy choice must not rob a later row of its only candidate), required rows first so that a
 * debatable row never takes the event a required row needed.
 */
public final class GoldMatcher {

    private GoldMatcher() {
    }

    public static ArticleMatch match(List<GoldRow> gold, List<Event> predicted) {
        List<GoldRow> rows = new ArrayList<>(gold);
        rows.sort(Comparator.comparing(r -> !r.required())); // stable: keeps file order within each group
        int[] rowOfEvent = new int[predicted.size()];
        Arrays.fill(rowOfEvent, -1);
        for (int r = 0; r < rows.size(); r++) {
            assign(r, rows, predicted, rowOfEvent, new boolean[predicted.size()]);
        }

        List<List<Event>> taken = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            taken.add(new ArrayList<>());
        }
        List<Event> leftOver = new ArrayList<>();
        for (int e = 0; e < predicted.size(); e++) {
            if (rowOfEvent[e] >= 0) {
                taken.get(rowOfEvent[e]).add(predicted.get(e));
            }
        }
        for (int e = 0; e < predicted.size(); e++) {
            if (rowOfEvent[e] < 0 && !absorb(predicted.get(e), rows, taken)) {
                leftOver.add(predicted.get(e));
            }
        }

        List<ArticleMatch.Match> matches = new ArrayList<>();
        List<GoldRow> unmatched = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (taken.get(r).isEmpty()) {
                unmatched.add(rows.get(r));
            } else {
                matches.add(new ArticleMatch.Match(rows.get(r), taken.get(r)));
            }
        }
        return new ArticleMatch(matches, leftOver, unmatched);
    }

    /** Type, status, month and direction equal; participants compatible side by side. */
    public static boolean matches(GoldRow row, Event event) {
        return row.type() == event.type()
                && row.status() == event.status()
                && row.month().equals(monthKey(event.date()))
                && Objects.equals(row.direction(), event.direction())
                && PersonNames.compatible(row.participantsA(), event.participantsA())
                && PersonNames.compatible(row.participantsB(), event.participantsB());
    }

    /** How the gold files write an event's date: {@code YYYY-MM}, {@code YYYY} at year precision, empty if undated. */
    public static String monthKey(PartialDate date) {
        if (date == null) {
            return "";
        }
        return date.precision() == DatePrecision.YEAR ? String.format("%04d", date.year())
                : String.format("%04d-%02d", date.year(), date.month());
    }

    /** Kuhn's augmenting path: an event already taken moves to another row when that frees it for this one. */
    private static boolean assign(int r, List<GoldRow> rows, List<Event> predicted, int[] rowOfEvent, boolean[] seen) {
        for (int e = 0; e < predicted.size(); e++) {
            if (seen[e] || !matches(rows.get(r), predicted.get(e))) {
                continue;
            }
            seen[e] = true;
            if (rowOfEvent[e] < 0 || assign(rowOfEvent[e], rows, predicted, rowOfEvent, seen)) {
                rowOfEvent[e] = r;
                return true;
            }
        }
        return false;
    }

    /**
     * A row naming several persons on one side (one sentence reporting Wang Yi meeting Lavrov and
     * Patrushev) also accepts an analysis that split it into one event per person. The extra event
     * must name persons of that side that no event of the row names yet, or it is a duplicate.
     */
    private static boolean absorb(Event event, List<GoldRow> rows, List<List<Event>> taken) {
        for (int r = 0; r < rows.size(); r++) {
            GoldRow row = rows.get(r);
            List<Event> events = taken.get(r);
            if (events.isEmpty() || !matches(row, event)) {
                continue;
            }
            if (splits(row.participantsA(), event, events, Event::participantsA)
                    || splits(row.participantsB(), event, events, Event::participantsB)) {
                events.add(event);
                return true;
            }
        }
        return false;
    }

    private static boolean splits(List<String> rowSide, Event event, List<Event> events,
                                  Function<Event, List<String>> side) {
        List<String> named = side.apply(event);
        if (rowSide.size() < 2 || named.isEmpty() || !PersonNames.containedIn(named, rowSide)) {
            return false;
        }
        List<String> covered = new ArrayList<>();
        for (Event taken : events) {
            List<String> names = side.apply(taken);
            if (names.isEmpty() || PersonNames.containedIn(rowSide, names)) {
                return false; // an earlier event already stands for the whole row
            }
            covered.addAll(names);
        }
        return named.stream().noneMatch(n -> covered.stream().anyMatch(c -> PersonNames.samePerson(n, c)));
    }
}
