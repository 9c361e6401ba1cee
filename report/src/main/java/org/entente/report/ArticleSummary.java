package org.entente.report;

import java.util.Objects;
import org.entente.ingest.ArticleDate;
import org.entente.ingest.FileStatus;

/**
 * One row of articles.csv: an input file and what became of it.
 *
 * @param article   the article id
 * @param file      the path relative to the input folder
 * @param title     the headline, empty when unknown or rejected
 * @param published the publication date and its source (undated for a rejected file)
 * @param status    ok, undated or rejected
 * @param reason    why it is not ok, in words; empty for ok
 * @param mentions  how many event reports the analysis found in it
 */
public record ArticleSummary(String article, String file, String title, ArticleDate published, FileStatus status,
                             String reason, int mentions) {

    public ArticleSummary {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(file, "file");
        title = title == null ? "" : title;
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(status, "status");
        reason = reason == null ? "" : reason;
    }
}
