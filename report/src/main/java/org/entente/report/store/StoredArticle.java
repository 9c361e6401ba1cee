package org.entente.report.store;

import org.entente.ingest.Article;

/** An article waiting for analysis, with the key its analysis will be recorded under. */
public record StoredArticle(Article article, String expectedKey) {
}
