package org.entente.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * An article's publication date and where it came from. An undated article has no date
 * and source {@link DateSource#NONE}; the outputs then say so rather than guess.
 */
public record ArticleDate(PartialDate date, DateSource source) {

    public static final ArticleDate UNDATED = new ArticleDate(null, DateSource.NONE);

    public ArticleDate {
        Objects.requireNonNull(source, "source");
        if ((date == null) != (source == DateSource.NONE)) {
            throw new IllegalArgumentException("a date needs a source, and only an undated article has none");
        }
    }

    public static ArticleDate of(PartialDate date, DateSource source) {
        return new ArticleDate(date, source);
    }

    public boolean isDated() {
        return date != null;
    }

    public Optional<PartialDate> value() {
        return Optional.ofNullable(date);
    }

    public DatePrecision precision() {
        return date == null ? DatePrecision.NONE : date.precision();
    }
}
