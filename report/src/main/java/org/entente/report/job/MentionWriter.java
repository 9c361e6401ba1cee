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

/**
 * Replaces each analysed article's mentions and records the date the analysis settled on, a chunk
 * at a time: one delete, one batched insert and one batched update per chunk.
 */
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
        Map<String, List<Mention>> byArticle = new LinkedHashMap<>();
        List<ArticleStore.Analyzed> analyzed = new ArrayList<>(chunk.size());
        for (AnalyzedArticle item : chunk) {
            String id = item.stored().article().id();
            byArticle.put(id, item.analysis().mentions());
            analyzed.add(new ArticleStore.Analyzed(id, item.stored().expectedKey(), item.analysis().published(),
                item.analysis().sentences()));
        }
        mentions.replaceAll(byArticle);
        articles.markAllAnalyzed(analyzed);
        progress.advance(chunk.size());
    }
}
