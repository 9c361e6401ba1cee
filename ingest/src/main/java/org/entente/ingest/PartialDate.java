package org.entente.ingest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A calendar date of which only the year, or the year and month, may be known.
 * News rarely gives a full date, and the codebook counts an event by what is known of it.
 *
 * @param year  the year, always known
 * @param month 1-12, or 0 when only the year is known
 * @param day   1-31, or 0 when the day is not known (always 0 when month is 0)
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    public PartialDate {
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month must be 0 (unknown) or 1-12, was " + month);
        }
        if (day != 0) {
            if (month == 0) {
                throw new IllegalArgumentException("a day needs a month: " + year + "-?-" + day);
            }
            LocalDate.of(year, month, day); // rejects 2023-02-30
        }
    }

    public static PartialDate ofDay(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public static PartialDate ofMonth(YearMonth month) {
        return new PartialDate(month.getYear(), month.getMonthValue(), 0);
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    public static PartialDate parse(String text) {
        String s = text.strip();
        try {
            if (s.matches("\\d{4}")) {
                return ofYear(Integer.parseInt(s));
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                return ofMonth(YearMonth.parse(s));
            }
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return ofDay(LocalDate.parse(s));
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a valid date: '" + text + "'", e);
        }
        throw new IllegalArgumentException("not a date of the form YYYY, YYYY-MM or YYYY-MM-DD: '" + text + "'");
    }

    public DatePrecision precision() {
        if (day != 0) {
            return DatePrecision.DAY;
        }
        return month != 0 ? DatePrecision.MONTH : DatePrecision.YEAR;
    }

    /** The month this date falls in, when the month is known. */
    public Optional<YearMonth> yearMonth() {
        return month == 0 ? Optional.empty() : Optional.of(YearMonth.of(year, month));
    }

    /** The day, when it is known. */
    public Optional<LocalDate> localDate() {
        return day == 0 ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
    }

    /** {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}, as the exports write it. */
    @Override
    public String toString() {
        if (year < 0 || year > 9999) {
            return switch (precision()) {
                case DAY -> String.format("%04d-%02d-%02d", year, month, day);
                case MONTH -> String.format("%04d-%02d", year, month);
                default -> String.format("%04d", year);
            };
        }
        // written for every article and mention of a run: String.format was a visible share of the ingest
        StringBuilder text = new StringBuilder(10);
        padded(text, year, 4);
        if (month != 0) {
            padded(text.append('-'), month, 2);
            if (day != 0) {
                padded(text.append('-'), day, 2);
            }
        }
        return text.toString();
    }

    private static void padded(StringBuilder text, int value, int width) {
        String digits = Integer.toString(value);
        for (int k = digits.length(); k < width; k++) {
            text.append('0');
        }
        text.append(digits);
    }

    /** Earlier first; a less precise date sorts before the more precise ones it contains. */
    @Override
    public int compareTo(PartialDate other) {
        int c = Integer.compare(year, other.year);
        if (c == 0) {
            c = Integer.compare(month, other.month);
        }
        return c != 0 ? c : Integer.compare(day, other.day);
    }
}
