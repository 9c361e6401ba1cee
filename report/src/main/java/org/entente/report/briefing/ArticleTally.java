package org.entente.report.briefing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.ingest.ArticleDate;
import org.entente.ingest.FileStatus;
import org.entente.report.ArticleSummary;

/**
 * What the counts and the briefing need from the articles, gathered as articles.csv is written so that the
 * articles are read once: their dates grouped, their number, and the heads of the undated and rejected lists.
 * It grows with the number of distinct dates, not of articles.
 */
public final class ArticleTally {

    private final Map<ArticleDate, Integer> published = new LinkedHashMap<>();
    private final Listing.Builder<ArticleSummary> undated = Listing.builder(CsvRows.ARTICLE_ORDER);
    private final Listing.Builder<ArticleSummary> rejected = Listing.builder(CsvRows.ARTICLE_ORDER);
    private final Map<java.time.YearMonth, int[]> byMonth = new java.util.HashMap<>();
    private int read;

    public void add(ArticleSummary article) {
        read++;
        if (article.status() == FileStatus.REJECTED) {
            rejected.add(article);
            return;
        }
        published.merge(article.published(), 1, Integer::sum);
        monthOf(article).ifPresent(month -> {
            int[] tally = byMonth.computeIfAbsent(month, m -> new int[2]);
            tally[0]++;
            if (article.repeats().isEmpty()) {
                tally[1]++;
            }
        });
        if (article.status() == FileStatus.UNDATED) {
            undated.add(article);
        }
    }

    /** The month an accepted article was published in, when its date has one. */
    static java.util.Optional<java.time.YearMonth> monthOf(ArticleSummary article) {
        return article.status() == FileStatus.REJECTED ? java.util.Optional.empty()
            : article.published().value().flatMap(d -> d.yearMonth());
    }

    /** The articles published in a month. */
    public int articlesIn(java.time.YearMonth month) {
        return byMonth.getOrDefault(month, new int[2])[0];
    }

    /** The distinct stories those articles tell: the articles that repeat no earlier one's. */
    public int storiesIn(java.time.YearMonth month) {
        return byMonth.getOrDefault(month, new int[2])[1];
    }

    /** How many files were read, rejected ones included. */
    public int read() {
        return read;
    }

    /** One date per article that was not rejected (undated ones included), as MonthlyCounter takes them. */
    public List<ArticleDate> published() {
        RepeatedList<ArticleDate> dates = new RepeatedList<>();
        published.forEach(dates::append);
        return dates;
    }

    public Listing<ArticleSummary> undated() {
        return undated.build();
    }

    public Listing<ArticleSummary> rejected() {
        return rejected.build();
    }
}
