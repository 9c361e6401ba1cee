package org.entente.analyze.merge;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.entente.analyze.Event;
import org.entente.analyze.EventStatus;
import org.entente.analyze.MonthlyCount;
import org.entente.ingest.ArticleDate;
import org.entente.ingest.PartialDate;

/**
 * The rows of monthly_counts.csv: every month from the first to the last that has an article or an event,
 * zeros included, then one {@code undated} row when a counted (occurred) event has no month.
 */
public final class MonthlyCounter {

    private MonthlyCounter() {
    }

    /**
     * @param events         the merged events
     * @param publishedDates one date per article that was not rejected
     */
    public static List<MonthlyCount> count(List<Event> events, List<ArticleDate> publishedDates) {
        TreeMap<YearMonth, int[]> months = new TreeMap<>();
        int[] undated = new int[Column.values().length];
        boolean undatedCounted = false;
        for (Event event : events) {
            Optional<YearMonth> month = monthOf(event.date());
            int[] row = month.isPresent() ? months.computeIfAbsent(month.get(), m -> new int[Column.values().length]) : undated;
            if (event.status() == EventStatus.PLANNED) {
                row[Column.PLANNED.ordinal()]++;
            } else {
                row[Column.of(event).ordinal()]++;
                undatedCounted |= month.isEmpty();
            }
        }
        for (ArticleDate published : publishedDates) {
            Optional<YearMonth> month = monthOf(published.date());
            int[] row = month.isPresent() ? months.computeIfAbsent(month.get(), m -> new int[Column.values().length]) : undated;
            row[Column.ARTICLES.ordinal()]++;
        }
        List<MonthlyCount> rows = new ArrayList<>();
        if (!months.isEmpty()) {
            for (YearMonth m = months.firstKey(); !m.isAfter(months.lastKey()); m = m.plusMonths(1)) {
                rows.add(row(m.toString(), months.getOrDefault(m, new int[Column.values().length])));
            }
        }
        if (undatedCounted) {
            rows.add(row(MonthlyCount.UNDATED, undated));
        }
        return List.copyOf(rows);
    }

    private static Optional<YearMonth> monthOf(PartialDate date) {
        return date == null ? Optional.empty() : date.yearMonth();
    }

    private static MonthlyCount row(String month, int[] c) {
        return new MonthlyCount(month, c[Column.CONTACTS.ordinal()], c[Column.MEETINGS.ordinal()],
            c[Column.SHARED_POSITIONS.ordinal()], c[Column.PLANNED.ordinal()], c[Column.ARTICLES.ordinal()]);
    }

    private enum Column {
        CONTACTS, MEETINGS, SHARED_POSITIONS, PLANNED, ARTICLES;

        static Column of(Event event) {
            return switch (event.type()) {
                case CONTACT -> CONTACTS;
                case MEETING -> MEETINGS;
                case SHARED_POSITION -> SHARED_POSITIONS;
            };
        }
    }
}
