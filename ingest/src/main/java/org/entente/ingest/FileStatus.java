package org.entente.ingest;

/** What became of one input file. The lower-case name is what articles.csv writes. */
public enum FileStatus {
    OK, UNDATED, REJECTED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
