package org.entente.ingest.read;

import org.entente.ingest.PartialDate;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication day many news sites put in their addresses: {@code /2025/09/02/},
 * {@code /20250401/}, {@code -2023-08-14}. Only the path is searched (a query string's numbers are
 * ids, a host's are not dates), and only days that exist between 1990 and 2099 count, so an article
 * number such as {@code /20251399/} dates nothing.
 */
public final class UrlDate {

    /** Separators a site puts around a date in a path: a slash, a dash, an underscore, a dot before the suffix. */
    private static final String BEFORE = "(?<=[/_-])";
    private static final String AFTER = "(?=[/_.-]|$)";

    private static final Pattern SLASHED = Pattern.compile(BEFORE + "((?:19|20)\\d{2})/(\\d{2})/(\\d{2})" + AFTER);
    private static final Pattern DASHED = Pattern.compile(BEFORE + "((?:19|20)\\d{2})-(\\d{2})-(\\d{2})" + AFTER);
    private static final Pattern COMPACT = Pattern.compile(BEFORE + "((?:19|20)\\d{2})(\\d{2})(\\d{2})" + AFTER);

    private UrlDate() {
    }

    /** The day the address states, or empty when its path holds no real date. */
    public static Optional<PartialDate> of(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String path = path(url.strip());
        if (path.length() > 2000) {
            return Optional.empty();
        }
        for (Pattern pattern : new Pattern[]{SLASHED, DASHED, COMPACT}) {
            Matcher m = pattern.matcher(path);
            while (m.find()) {
                Optional<PartialDate> day = day(m.group(1), m.group(2), m.group(3));
                if (day.isPresent()) {
                    return day;
                }
            }
        }
        return Optional.empty();
    }

    private static String path(String url) {
        try {
            String path = URI.create(url).getRawPath();
            if (path != null) {
                return path;
            }
        } catch (IllegalArgumentException e) {
            // not a well-formed address (spaces, accents typed as is): cut by hand below
        }
        String s = url.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]{0,20}://[^/]*", "");
        int end = s.length();
        for (char c : new char[]{'?', '#'}) {
            int at = s.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return s.substring(0, end);
    }

    private static Optional<PartialDate> day(String year, String month, String day) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return date.getYear() >= 1990 && date.getYear() <= 2099
                    ? Optional.of(PartialDate.ofDay(date)) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
