package org.entente.ingest;

/** Where an article's publication date came from, in the codebook's order of preference. */
public enum DateSource {
    HEADER, DATELINE, MANIFEST, URL, INFERRED, NONE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
