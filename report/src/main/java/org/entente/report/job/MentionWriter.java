package org.entente.report.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.analyze.Mention;
import org.entente.report.store.ArticleStore;
import org.entente.report.store.MentionStore;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replaces each analysed article's mentions and records the date the analysis settled on, a chunk
 * at a time: one delete, one batched insert and one batched update per chunk.
 *
 * <p>These writes are the analysis step's only transaction. The step reads and analyses outside any
 * transaction, so a range's thread holds the store's write lock only for the few milliseconds of its writes,
 * never while it analyses: the embedded store (SQLite) has one writer at a time, and a transaction that
 * began by reading could not take the lock after another range had written.
 */
public class MentionWriter implements ItemWriter<AnalyzedArticle> {

    private final MentionStore mentions;
    private final ArticleStore articles;
    private final ProgressMeter progress;
    private final TransactionTemplate transactions;

    public MentionWriter(MentionStore mentions, ArticleStore articles, ProgressMeter progress,
                         PlatformTransactionManager transactionManager) {
        this.mentions = mentions;
        this.articles = articles;
        this.progress = progress;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public void write(Chunk<? extends AnalyzedArticle> chunk) {
        Map<String, List<Mention>> byArticle = new LinkedHashMap<>();
        List<ArticleStore.Analyzed> analyzed = new ArrayList<>(chunk.size());
        for (AnalyzedArticle item : chunk) {
            String id = item.stored().article().id();
            byArticle.put(id, item.analysis().mentions());
            analyzed.add(new ArticleStore.Analyzed(id, item.stored().expectedKey(), item.analysis().published(),
                item.analysis().sentences()));
        }
        transactions.executeWithoutResult(status -> {
            mentions.replaceAll(byArticle);
            articles.markAllAnalyzed(analyzed);
        });
        progress.advance(chunk.size());
    }
}
