package org.entente.analyze.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import org.entente.ingest.DatePrecision;
import org.entente.ingest.PartialDate;

/**
 * What a relative expression is resolved against: the article's date (null when undated) and whether
 * the event is planned, which turns "the latest such day" into "the next such day".
 */
record Reference(PartialDate date, boolean planned, boolean inferred) {

    Reference(PartialDate date, boolean planned) {
        this(date, planned, false);
    }

    boolean dated() {
        return date != null;
    }

    DatePrecision precision() {
        return date == null ? DatePrecision.NONE : date.precision();
    }

    /** The reference itself, no finer than a month: the day an article appeared is not the day of what it reports. */
    PartialDate monthOrCoarser() {
        if (date == null) {
            return null;
        }
        return date.day() == 0 ? date : new PartialDate(date.year(), date.month(), 0);
    }

    /** A day offset: the day when the article's day is known, else the article's month or year. */
    PartialDate shiftDays(int days) {
        if (date == null) {
            return null;
        }
        if (date.precision() == DatePrecision.DAY) {
            return PartialDate.ofDay(date.localDate().orElseThrow().plusDays(days));
        }
        return date;
    }

    /** A week offset: the month of the day seven days away (month precision; there is no week precision). */
    PartialDate shiftWeeks(int weeks) {
        if (date == null) {
            return null;
        }
        if (date.precision() == DatePrecision.DAY) {
            return PartialDate.ofMonth(YearMonth.from(date.localDate().orElseThrow().plusWeeks(weeks)));
        }
        return date;
    }

    PartialDate shiftMonths(int months) {
        if (date == null) {
            return null;
        }
        if (date.precision() == DatePrecision.YEAR) {
            return date;
        }
        return PartialDate.ofMonth(YearMonth.of(date.year(), date.month()).plusMonths(months));
    }

    PartialDate shiftYears(int years) {
        return date == null ? null : PartialDate.ofYear(date.year() + years);
    }

    /**
     * A weekday: the latest such day on or before the article's day (strictly before with {@code dernier}),
     * or the next one on or after it for a planned event (strictly after with {@code prochain});
     * with a less precise article date, that date itself.
     */
    PartialDate weekday(DayOfWeek day, String modifier) {
        if (date == null) {
            return null;
        }
        if (date.precision() != DatePrecision.DAY) {
            return date;
        }
        LocalDate ref = date.localDate().orElseThrow();
        boolean forward = "prochain".equals(modifier) || (planned && !"dernier".equals(modifier) && !"passe".equals(modifier));
        LocalDate resolved;
        if (forward) {
            resolved = "prochain".equals(modifier) ? ref.with(TemporalAdjusters.next(day)) : ref.with(TemporalAdjusters.nextOrSame(day));
        } else {
            resolved = modifier != null ? ref.with(TemporalAdjusters.previous(day)) : ref.with(TemporalAdjusters.previousOrSame(day));
        }
        return PartialDate.ofDay(resolved);
    }

    /**
     * A weekend, dated by its Saturday at month precision: the current or latest past one, the coming one
     * for a planned event or with {@code prochain}, the one before the current with {@code dernier}.
     */
    PartialDate weekend(String modifier) {
        if (date == null) {
            return null;
        }
        if (date.precision() != DatePrecision.DAY) {
            return date;
        }
        LocalDate ref = date.localDate().orElseThrow();
        boolean inWeekend = ref.getDayOfWeek() == DayOfWeek.SATURDAY || ref.getDayOfWeek() == DayOfWeek.SUNDAY;
        LocalDate saturday;
        if ("prochain".equals(modifier) || (planned && modifier == null && !inWeekend)) {
            saturday = ref.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        } else {
            saturday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
            if (modifier != null && inWeekend) {
                saturday = saturday.minusWeeks(1);
            }
        }
        return PartialDate.ofMonth(YearMonth.from(saturday));
    }

    /**
     * A month named without its year: the latest such month not after the article's month (strictly before
     * with {@code dernier}), or the next one not before it for a planned event (strictly after with {@code prochain}).
     * With only the article's year known, that year.
     */
    PartialDate month(int month, String modifier) {
        if (date == null) {
            return null;
        }
        if (date.precision() == DatePrecision.YEAR) {
            return new PartialDate(date.year(), month, 0);
        }
        YearMonth ref = YearMonth.of(date.year(), date.month());
        YearMonth candidate = YearMonth.of(ref.getYear(), month);
        boolean forward = "prochain".equals(modifier) || (planned && !"dernier".equals(modifier));
        if (forward) {
            if (candidate.isBefore(ref) || ("prochain".equals(modifier) && candidate.equals(ref))) {
                candidate = candidate.plusYears(1);
            }
        } else if ((candidate.isAfter(ref) && (!inferred || modifier != null)) || ("dernier".equals(modifier) && candidate.equals(ref))) {
            candidate = candidate.minusYears(1);
        }
        return PartialDate.ofMonth(candidate);
    }

    /** A day and month without a year: the same rule as {@link #month}, at day precision. */
    PartialDate dayOfMonth(int month, int day) {
        if (date == null) {
            return null;
        }
        int year;
        if (date.precision() == DatePrecision.YEAR) {
            year = date.year();
        } else {
            year = date.year();
            int cmp = date.precision() == DatePrecision.DAY
                ? compare(month, day, date.month(), date.day())
                : Integer.compare(month, date.month());
            if (planned && cmp < 0 && !inferred) {
                year++;
            } else if (!planned && cmp > 0 && !inferred) {
                // an inferred article date is only the latest date the text names, not when it was written:
                // a later day of the same year is as likely as that day a year before (and for a plan, an earlier
                // day of the same year as that day a year after)
                year--;
            }
        }
        return validDay(year, month, day);
    }

    static PartialDate validDay(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return new PartialDate(year, month, day);
    }

    private static int compare(int month, int day, int otherMonth, int otherDay) {
        int c = Integer.compare(month, otherMonth);
        return c != 0 ? c : Integer.compare(day, otherDay);
    }
}
