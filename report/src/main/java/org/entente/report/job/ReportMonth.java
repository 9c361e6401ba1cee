package org.entente.report.job;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.entente.analyze.Event;
import org.entente.ingest.ArticleDate;

/** Which month a briefing is about when the user does not say: the latest month that has articles. */
public final class ReportMonth {

    private ReportMonth() {
    }

    /**
     * @param published the publication dates of the articles that were not rejected (a rejected file has none)
     * @param events    the events that were not dropped
     */
    public static YearMonth choose(String requested, List<ArticleDate> published, List<Event> events) {
        if (requested != null && !requested.equals("latest")) {
            return YearMonth.parse(requested);
        }
        Optional<YearMonth> latestArticle = published.stream()
            .map(a -> a.value().flatMap(d -> d.yearMonth()).orElse(null))
            .filter(Objects::nonNull).max(YearMonth::compareTo);
        Optional<YearMonth> latestEvent = events.stream()
            .map(e -> e.date() == null ? null : e.date().yearMonth().orElse(null))
            .filter(Objects::nonNull).max(YearMonth::compareTo);
        // With no dated article at all there is still a briefing to write: the data-quality
        // section then says why it is empty.
        return latestArticle.or(() -> latestEvent).orElse(YearMonth.now());
    }
}
