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
    private int read;

    public void add(ArticleSummary article) {
        read++;
        if (article.status() == FileStatus.REJECTED) {
            rejected.add(article);
            return;
        }
        published.merge(article.published(), 1, Integer::sum);
        if (article.status() == FileStatus.UNDATED) {
            undated.add(article);
        }
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
