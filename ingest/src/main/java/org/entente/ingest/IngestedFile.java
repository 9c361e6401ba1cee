package org.entente.ingest;

import java.util.Objects;

/**
 * The outcome of reading one input file (or one line of a .jsonl file): either an article,
 * or a rejection with a reason a person understands. Nothing read is ever dropped silently.
 *
 * @param id      the article id (file name without extension), also for a rejected file
 * @param file    the path relative to the input folder, with '/' separators
 * @param article the article, or null when rejected
 * @param reason  why the file was rejected or skipped; empty for an article
 * @param note    for an accepted article, what could not be used and why (a spreadsheet row whose date
 *                cell is no date: kept, dated by other means or undated); empty otherwise. Not a rejection: {@code reason} stays empty
 */
public record IngestedFile(String id, String file, Article article, String reason, String note) {

    public IngestedFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        reason = reason == null ? "" : reason;
        note = note == null ? "" : note;
        if ((article == null) == reason.isEmpty()) {
            throw new IllegalArgumentException("either an article or a reason, not both: " + file);
        }
    }

    /** An article (with an empty reason) or a rejection (without an article), without a note. */
    public IngestedFile(String id, String file, Article article, String reason) {
        this(id, file, article, reason, "");
    }

    public static IngestedFile accepted(Article article) {
        return new IngestedFile(article.id(), article.file(), article, "", "");
    }

    public static IngestedFile acceptedWithNote(Article article, String note) {
        return new IngestedFile(article.id(), article.file(), article, "", note);
    }

    public static IngestedFile rejected(String id, String file, String reason) {
        return new IngestedFile(id, file, null, reason, "");
    }

    public boolean isRejected() {
        return article == null;
    }
}
