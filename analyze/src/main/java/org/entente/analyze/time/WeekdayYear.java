package org.entente.analyze.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.entente.ingest.PartialDate;

/**
 * The year of a weekday and day of month in a text with no date ({@code mardi 21 mars}): the one year
 * of the window in which that day falls on that weekday. The window is the eight years ending the year
 * after the built-in reference calendar's last entry, so it moves with the calendar, never with the
 * clock: the same text gives the same date on every run. Two years fitting means no date.
 */
final class WeekdayYear {

    static final int LAST = 2026;
    static final int FIRST = LAST - 7;

    private WeekdayYear() {
    }

    static PartialDate of(DayOfWeek weekday, int month, int day) {
        PartialDate found = null;
        for (int year = FIRST; year <= LAST; year++) {
            LocalDate date;
            try {
                date = LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                continue;
            }
            if (date.getDayOfWeek() == weekday) {
                if (found != null) {
                    return null;
                }
                found = PartialDate.ofDay(date);
            }
        }
        return found;
    }
}
