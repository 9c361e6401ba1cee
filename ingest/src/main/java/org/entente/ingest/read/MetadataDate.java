package org.entente.ingest.read;

import org.entente.ingest.PartialDate;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as metadata states them (front matter, JSON fields, HTML meta tags, the manifest):
 * {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, or an ISO timestamp whose date part is kept as
 * written, since the publisher's own calendar day is the day the article appeared.
 */
public final class MetadataDate {

    private static final Pattern FORM = Pattern.compile(
            "^(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?[0-9.,]*(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?)?)?$");

    public static final String ACCEPTED_FORMS = "YYYY, YYYY-MM, YYYY-MM-DD or an ISO timestamp such as 2023-06-25T10:00:00Z";

    private MetadataDate() {
    }

    /** The date, or empty when the text is not one of the accepted forms or not a real date. */
    public static Optional<PartialDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.length() > 40) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            return Optional.of(new PartialDate(year, month, day));
        } catch (RuntimeException e) {
            return Optional.empty(); // 2023-13 or 2023-02-30: a date in form only
        }
    }
}
