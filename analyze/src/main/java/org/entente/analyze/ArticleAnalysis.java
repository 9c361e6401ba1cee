package org.entente.analyze;

import java.util.List;
import org.entente.ingest.ArticleDate;

/**
 * What the analysis found in one article.
 *
 * @param published the article's date: the one it came with, or one inferred from its text (source INFERRED),
 *                  or undated
 * @param sentences how many sentences the article has (headline included)
 * @param mentions  the event reports, in sentence order, not yet merged
 */
public record ArticleAnalysis(ArticleDate published, int sentences, List<Mention> mentions) {

    public ArticleAnalysis {
        mentions = List.copyOf(mentions);
    }
}
