package org.entente.report.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.entente.ingest.PartialDate;

/**
 * Dates read back from the store, parsed once per distinct text: PartialDate.parse matches regular expressions,
 * which adds up over every article and mention of a large run, while a corpus holds only a few thousand dates.
 */
final class StoredDates {

    private static final Map<String, PartialDate> PARSED = new ConcurrentHashMap<>();

    private StoredDates() {
    }

    /** The date a stored text spells, or null for a null column. */
    static PartialDate parse(String text) {
        return text == null ? null : PARSED.computeIfAbsent(text, PartialDate::parse);
    }
}
