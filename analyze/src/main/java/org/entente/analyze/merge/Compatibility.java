package org.entente.analyze.merge;

import java.util.Collection;
import org.entente.ingest.PartialDate;

/** The codebook's tests for two reports being the same event: dates and participants. */
public final class Compatibility {

    private Compatibility() {
    }

    /**
     * Same day; or same month where one has month precision; or same year where one has year precision:
     * the less precise date contains the more precise one. An undated report is compatible only with
     * undated ones (the caller further limits that to one article).
     */
    public static boolean dates(PartialDate a, PartialDate b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        if (a.year() != b.year()) {
            return false;
        }
        if (a.month() == 0 || b.month() == 0) {
            return true;
        }
        if (a.month() != b.month()) {
            return false;
        }
        return a.day() == 0 || b.day() == 0 || a.day() == b.day();
    }

    /** The more precise of two compatible dates. */
    static PartialDate finer(PartialDate a, PartialDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.precision().ordinal() < a.precision().ordinal() ? b : a;
    }

    /** For one side: one set of named persons contains the other; an empty side (the country only) fits any. */
    public static boolean side(Collection<String> a, Collection<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        Collection<String> small = a.size() <= b.size() ? a : b;
        Collection<String> large = small == a ? b : a;
        for (String person : small) {
            if (!large.contains(person)) {
                return false;
            }
        }
        return true;
    }
}
