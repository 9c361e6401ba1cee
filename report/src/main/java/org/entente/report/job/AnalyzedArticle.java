package org.entente.report.job;

import org.entente.analyze.ArticleAnalysis;
import org.entente.report.store.StoredArticle;

/** An article and what the analysis found in it, on its way to the store. */
public record AnalyzedArticle(StoredArticle stored, ArticleAnalysis analysis) {
}
