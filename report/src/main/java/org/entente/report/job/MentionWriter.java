package org.entente.report.job;

import org.entente.report.store.ArticleStore;
import org.entente.report.store.MentionStore;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Replaces each analysed article's mentions and records the date the analysis settled on. */
public class MentionWriter implements ItemWriter<AnalyzedArticle> {

    private final MentionStore mentions;
    private final ArticleStore articles;
    private final ProgressMeter progress;

    public MentionWriter(MentionStore mentions, ArticleStore articles, ProgressMeter progress) {
        this.mentions = mentions;
        this.articles = articles;
        this.progress = progress;
    }

    @Override
    public void write(Chunk<? extends AnalyzedArticle> chunk) {
        for (AnalyzedArticle item : chunk) {
            String id = item.stored().article().id();
            mentions.replace(id, item.analysis().mentions());
            articles.markAnalyzed(id, item.stored().expectedKey(), item.analysis().published(), item.analysis().sentences());
        }
        progress.advance(chunk.size());
    }
}
