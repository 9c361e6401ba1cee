package org.entente.report.job;

import org.entente.analyze.ArticleAnalyzer;
import org.entente.report.store.StoredArticle;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Finds the events one article reports. Runs on several threads: the analyzer is thread-safe. */
public class ArticleAnalysisProcessor implements ItemProcessor<StoredArticle, AnalyzedArticle> {

    private final ArticleAnalyzer analyzer;

    public ArticleAnalysisProcessor(ArticleAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    @Override
    public AnalyzedArticle process(StoredArticle item) {
        try {
            return new AnalyzedArticle(item, analyzer.analyze(item.article()));
        } catch (RuntimeException e) {
            throw new ArticleAnalysisException(item.article().id(), e);
        }
    }
}
