package org.entente.report.briefing;

import java.time.YearMonth;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.entente.analyze.MonthlyCount;

/**
 * The report month's figures beside the previous month's and the average of the twelve months before it.
 * A month outside the data (before the first article, after the last) has no figures rather than zeros,
 * so the comparison says "n/a" instead of inventing a rise from nothing.
 *
 * @param current       the report month's row, or zeros when the data does not reach it
 * @param previous      the month before, or null when the data does not cover it
 * @param averageMonths how many of the twelve months before the report month the data covers (0 to 12)
 * @param averageOf     those months' rows summed (null when averageMonths is 0)
 */
record KeyFigures(YearMonth month, MonthlyCount current, MonthlyCount previous, int averageMonths,
                  MonthlyCount averageOf) {

    static final int AVERAGE_MONTHS = 12;

    static KeyFigures of(YearMonth month, Map<YearMonth, MonthlyCount> byMonth) {
        MonthlyCount current = byMonth.getOrDefault(month, new MonthlyCount(month.toString(), 0, 0, 0, 0, 0));
        MonthlyCount previous = byMonth.get(month.minusMonths(1));
        int covered = 0;
        int contacts = 0;
        int meetings = 0;
        int shared = 0;
        int planned = 0;
        int articles = 0;
        for (int back = 1; back <= AVERAGE_MONTHS; back++) {
            MonthlyCount row = byMonth.get(month.minusMonths(back));
            if (row != null) {
                covered++;
                contacts += row.contacts();
                meetings += row.meetings();
                shared += row.sharedPositions();
                planned += row.planned();
                articles += row.articles();
            }
        }
        MonthlyCount sum = covered == 0 ? null : new MonthlyCount("sum", contacts, meetings, shared, planned, articles);
        return new KeyFigures(month, current, previous, covered, sum);
    }

    int value(Figure figure) {
        return figure.of(current);
    }

    OptionalInt change(Figure figure) {
        return previous == null ? OptionalInt.empty() : OptionalInt.of(figure.of(current) - figure.of(previous));
    }

    OptionalDouble average(Figure figure) {
        return averageMonths == 0 ? OptionalDouble.empty()
            : OptionalDouble.of(figure.of(averageOf) / (double) averageMonths);
    }
}
