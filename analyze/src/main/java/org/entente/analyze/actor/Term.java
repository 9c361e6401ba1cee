package org.entente.analyze.actor;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person's time in an office.
 *
 * @param office the office key, e.g. {@code foreign_minister}
 * @param from   first day in office
 * @param to     last day in office, or null while still in it
 */
public record Term(String office, LocalDate from, LocalDate to) {

    public Term {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("a term cannot end (" + to + ") before it starts (" + from + ")");
        }
    }

    /** Days this term shares with the period [start, end]. */
    public long overlapDays(LocalDate start, LocalDate end) {
        LocalDate lo = from.isAfter(start) ? from : start;
        LocalDate hi = to == null || to.isAfter(end) ? end : to;
        return hi.isBefore(lo) ? 0 : hi.toEpochDay() - lo.toEpochDay() + 1;
    }
}
