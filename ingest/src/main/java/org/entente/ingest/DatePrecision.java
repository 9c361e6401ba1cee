package org.entente.ingest;

/** How much of a date is known. The lower-case name is what the CSV exports write. */
public enum DatePrecision {
    DAY, MONTH, YEAR, NONE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
