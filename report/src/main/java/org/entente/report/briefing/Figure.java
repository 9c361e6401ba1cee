package org.entente.report.briefing;

import java.util.function.ToIntFunction;
import org.entente.analyze.MonthlyCount;

/** The monthly figures the briefing reports, in the order of its key-figures table. */
enum Figure {
    CONTACTS("figure.contacts", MonthlyCount::contacts),
    MEETINGS("figure.meetings", MonthlyCount::meetings),
    SHARED_POSITIONS("figure.shared_positions", MonthlyCount::sharedPositions),
    TOTAL("figure.total", MonthlyCount::total),
    PLANNED("figure.planned", MonthlyCount::planned),
    ARTICLES("figure.articles", MonthlyCount::articles);

    private final String labelKey;
    private final ToIntFunction<MonthlyCount> value;

    Figure(String labelKey, ToIntFunction<MonthlyCount> value) {
        this.labelKey = labelKey;
        this.value = value;
    }

    String labelKey() {
        return labelKey;
    }

    int of(MonthlyCount count) {
        return value.applyAsInt(count);
    }
}
