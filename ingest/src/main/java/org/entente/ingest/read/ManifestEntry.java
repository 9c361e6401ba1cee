package org.entente.ingest.read;

import org.entente.ingest.PartialDate;

/**
 * What the user's manifest says about one file. Empty strings and a null date mean "not given".
 *
 * @param line the manifest line it came from, for messages
 */
public record ManifestEntry(String file, PartialDate date, String title, String source, String url, int line) {

    public ManifestEntry {
        title = title == null ? "" : title.strip();
        source = source == null ? "" : source.strip();
        url = url == null ? "" : url.strip();
    }
}
