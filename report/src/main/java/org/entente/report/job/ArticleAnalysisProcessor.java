package org.entente.report.job;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.analyze.ArticleAnalysis;
import org.entente.analyze.ArticleAnalyzer;
import org.entente.report.store.StoredArticle;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Finds the events one article reports, within a time budget per article. Runs on several threads: the
 * analyzer is thread-safe.
 *
 * <p>The budget is the last guard against text the analysis handles badly: the analyzer bounds its own
 * work (sentence length, pattern windows), but one article must never hold the whole run. Each article is
 * analysed on a helper thread while the range's thread waits for at most the budget; past it the article
 * is rejected with that reason and the run goes on. Java cannot stop a thread that is busy matching, so the
 * helper is interrupted and left to finish on its own (the analyzer's own bounds end it); its result is
 * dropped.
 */
public class ArticleAnalysisProcessor implements ItemProcessor<StoredArticle, AnalyzedArticle> {

    /** The default budget per article, in seconds (entente.article-budget-seconds). */
    public static final int DEFAULT_BUDGET_SECONDS = 10;

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService HELPERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "analysis-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private final ArticleAnalyzer analyzer;
    private final Duration budget;

    public ArticleAnalysisProcessor(ArticleAnalyzer analyzer) {
        this(analyzer, Duration.ofSeconds(DEFAULT_BUDGET_SECONDS));
    }

    public ArticleAnalysisProcessor(ArticleAnalyzer analyzer, Duration budget) {
        this.analyzer = analyzer;
        this.budget = budget;
    }

    @Override
    public AnalyzedArticle process(StoredArticle item) {
        String id = item.article().id();
        Future<ArticleAnalysis> analysis = HELPERS.submit(() -> analyzer.analyze(item.article()));
        try {
            return new AnalyzedArticle(item, analysis.get(budget.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            analysis.cancel(true);
            throw new ArticleOverBudgetException(id, budget);
        } catch (ExecutionException e) {
            throw new ArticleAnalysisException(id, e.getCause());
        } catch (InterruptedException e) {
            analysis.cancel(true);
            Thread.currentThread().interrupt();
            throw new ArticleAnalysisException(id, e);
        }
    }
}
