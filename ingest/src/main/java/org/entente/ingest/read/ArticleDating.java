package org.entente.ingest.read;

import org.entente.ingest.ArticleDate;
import org.entente.ingest.DateSource;
import org.entente.ingest.PartialDate;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The codebook's order for an article's date: the file's own header; a dateline refining the
 * header to the day when that day falls inside the header's month (or year); a dateline without a
 * header, its year taken from the manifest; the manifest date; otherwise undated, for the analysis
 * to infer from the text.
 */
public final class ArticleDating {

    private ArticleDating() {
    }

    public static ArticleDate resolve(PartialDate header, Optional<Dateline> dateline, PartialDate manifest) {
        return resolve(header, dateline, manifest, null);
    }

    /**
     * @param fromUrl the day the article's address states ({@link UrlDate}), or null. It comes last: the
     *                address is the site's filing, which a republished or updated page may not change,
     *                while the file's own date and the analyst's manifest speak of the article itself.
     *                It also supplies the year of a dateline that has none, as the manifest does.
     */
    public static ArticleDate resolve(PartialDate header, Optional<Dateline> dateline, PartialDate manifest,
                                      PartialDate fromUrl) {
        if (header != null) {
            if (dateline.isPresent() && header.day() == 0) {
                Optional<PartialDate> refined = refine(header, dateline.get());
                if (refined.isPresent()) {
                    return ArticleDate.of(refined.get(), DateSource.DATELINE);
                }
            }
            return ArticleDate.of(header, DateSource.HEADER);
        }
        if (dateline.isPresent()) {
            Dateline d = dateline.get();
            if (d.year().isPresent()) {
                Optional<LocalDate> day = day(d.year().getAsInt(), d);
                if (day.isPresent()) {
                    return ArticleDate.of(PartialDate.ofDay(day.get()), DateSource.DATELINE);
                }
            } else if (manifest != null || fromUrl != null) {
                Optional<LocalDate> day = nearestTo(manifest != null ? manifest : fromUrl, d);
                if (day.isPresent()) {
                    return ArticleDate.of(PartialDate.ofDay(day.get()), DateSource.DATELINE);
                }
            }
        }
        if (manifest != null) {
            return ArticleDate.of(manifest, DateSource.MANIFEST);
        }
        return fromUrl == null ? ArticleDate.UNDATED : ArticleDate.of(fromUrl, DateSource.URL);
    }

    private static Optional<PartialDate> refine(PartialDate header, Dateline dateline) {
        int year = dateline.year().orElse(header.year());
        if (year != header.year()) {
            return Optional.empty();
        }
        if (header.month() != 0 && header.month() != dateline.day().getMonthValue()) {
            return Optional.empty();
        }
        return day(year, dateline).map(PartialDate::ofDay);
    }

    /**
     * The dateline's day in the year around the manifest date that lies closest to it, so that a
     * 30 December dateline on a file the manifest dates January 2024 reads as 2023-12-30.
     */
    private static Optional<LocalDate> nearestTo(PartialDate manifest, Dateline dateline) {
        if (manifest.month() == 0) {
            return day(manifest.year(), dateline);
        }
        LocalDate anchor = LocalDate.of(manifest.year(), manifest.month(), manifest.day() == 0 ? 15 : manifest.day());
        LocalDate best = null;
        for (int year = manifest.year() - 1; year <= manifest.year() + 1; year++) {
            Optional<LocalDate> candidate = day(year, dateline);
            if (candidate.isPresent() && (best == null
                    || Math.abs(candidate.get().toEpochDay() - anchor.toEpochDay())
                    < Math.abs(best.toEpochDay() - anchor.toEpochDay()))) {
                best = candidate.get();
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<LocalDate> day(int year, Dateline dateline) {
        // atYear would move 29 February to the 28th in a common year; such a dateline dates nothing.
        return dateline.day().isValidYear(year) ? Optional.of(dateline.day().atYear(year)) : Optional.empty();
    }
}
