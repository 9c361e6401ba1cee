package org.entente.ingest;

import java.util.Objects;

/**
 * One article as read from the input folder, ready for analysis.
 *
 * @param id          the file name without its extension (for a .jsonl line, the record's id); unique in a run
 * @param file        the path relative to the input folder, with '/' separators
 * @param title       the headline, or the first line when the file has none; may be empty
 * @param text        the article as written (headline first, paragraphs separated by a blank line),
 *                    with non-article noise removed; not normalised, so evidence quotes stay as published
 * @param published   the publication date from header, dateline or manifest (inference comes later)
 * @param source      the outlet or site, empty when unknown
 * @param url         the article's address, empty when unknown
 * @param contentHash SHA-256 of the text, hex; the same text under two names is one article
 * @param author      the byline as the file states it (a Europresse {@code docAuthors}, a feed's author),
 *                    empty when unknown; last so that code written before it keeps compiling
 */
public record Article(String id, String file, String title, String text, ArticleDate published,
                      String source, String url, String contentHash, String author) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(published, "published");
        title = title == null ? "" : title;
        source = source == null ? "" : source;
        url = url == null ? "" : url;
        Objects.requireNonNull(contentHash, "contentHash");
        author = author == null ? "" : author;
    }

    /** An article whose file names no author. */
    public Article(String id, String file, String title, String text, ArticleDate published,
                   String source, String url, String contentHash) {
        this(id, file, title, text, published, source, url, contentHash, "");
    }

    public Article withPublished(ArticleDate date) {
        return new Article(id, file, title, text, date, source, url, contentHash, author);
    }
}
