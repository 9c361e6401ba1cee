package org.entente.analyze;

import java.util.Objects;

/**
 * One row of monthly_counts.csv: occurred events of each type in a month, the planned ones
 * planned for it, and the articles published in it.
 *
 * @param month {@code YYYY-MM}, or {@code undated} for counted events with no month
 */
public record MonthlyCount(String month, int contacts, int meetings, int sharedPositions, int planned, int articles) {

    public static final String UNDATED = "undated";

    public MonthlyCount {
        Objects.requireNonNull(month, "month");
    }

    public int total() {
        return contacts + meetings + sharedPositions;
    }
}
