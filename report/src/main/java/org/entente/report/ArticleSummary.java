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
 * @param author    the byline, empty when the file names none
 * @param note      what ingest could not use in a kept article and why (a date cell that is no date); empty otherwise
 * @param repeats   the id of the first article of the month telling the same story (a wire story taken up by
 *                  several outlets), empty for that first article and for a story told once
 */
public record ArticleSummary(String article, String file, String title, ArticleDate published, FileStatus status,
                             String reason, int mentions, String author, String note, String repeats) {

    /** A row without byline, note or repeated story. */
    public ArticleSummary(String article, String file, String title, ArticleDate published, FileStatus status,
                          String reason, int mentions) {
        this(article, file, title, published, status, reason, mentions, "", "", "");
    }

    public ArticleSummary {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(file, "file");
        title = title == null ? "" : title;
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(status, "status");
        reason = reason == null ? "" : reason;
        author = author == null ? "" : author;
        note = note == null ? "" : note;
        repeats = repeats == null ? "" : repeats;
    }
}
