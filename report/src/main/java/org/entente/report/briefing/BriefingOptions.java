package org.entente.report.briefing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.entente.analyze.Dyad;

/**
 * What a briefing covers and how it is written. Immutable; made with {@link #builder()}, which rejects a bad value
 * when it is set, so that a wrong option stops the run before any file is written.
 */
public final class BriefingOptions {

    public static final int DEFAULT_CHART_WINDOW_MONTHS = 24;
    public static final int MAX_CHART_WINDOW_MONTHS = 120;

    private final YearMonth month;
    private final Dyad dyad;
    private final Language language;
    private final int chartWindowMonths;
    private final LocalDate generatedOn;

    private BriefingOptions(Builder builder) {
        this.month = builder.month;
        this.dyad = builder.dyad;
        this.language = builder.language;
        this.chartWindowMonths = builder.chartWindowMonths;
        this.generatedOn = builder.generatedOn != null ? builder.generatedOn : LocalDate.now();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The report month. */
    public YearMonth month() {
        return month;
    }

    public Dyad dyad() {
        return dyad;
    }

    public Language language() {
        return language;
    }

    /** How many months the trend charts show, ending with the report month. */
    public int chartWindowMonths() {
        return chartWindowMonths;
    }

    /** The date printed in the footer and stored as the PDF's creation date. */
    public LocalDate generatedOn() {
        return generatedOn;
    }

    @Override
    public String toString() {
        return "BriefingOptions[month=" + month + ", dyad=" + dyad + ", language=" + language.code()
            + ", chartWindowMonths=" + chartWindowMonths + ", generatedOn=" + generatedOn + "]";
    }

    public static final class Builder {
        private YearMonth month;
        private Dyad dyad = Dyad.CHINA_RUSSIA;
        private Language language = Language.EN;
        private int chartWindowMonths = DEFAULT_CHART_WINDOW_MONTHS;
        private LocalDate generatedOn;

        private Builder() {
        }

        public Builder month(YearMonth value) {
            this.month = Objects.requireNonNull(value, "month");
            return this;
        }

        public Builder dyad(Dyad value) {
            this.dyad = Objects.requireNonNull(value, "dyad");
            return this;
        }

        public Builder language(Language value) {
            this.language = Objects.requireNonNull(value, "language");
            return this;
        }

        public Builder chartWindowMonths(int value) {
            if (value < 1 || value > MAX_CHART_WINDOW_MONTHS) {
                throw new IllegalArgumentException("the chart window is 1 to " + MAX_CHART_WINDOW_MONTHS
                    + " months; was " + value);
            }
            this.chartWindowMonths = value;
            return this;
        }

        public Builder generatedOn(LocalDate value) {
            this.generatedOn = Objects.requireNonNull(value, "generatedOn");
            return this;
        }

        /** @throws IllegalStateException when the report month was not given */
        public BriefingOptions get() {
            if (month == null) {
                throw new IllegalStateException("a briefing needs its report month (YYYY-MM)");
            }
            return new BriefingOptions(this);
        }
    }
}
