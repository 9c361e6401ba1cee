package org.entente.ingest.read;

import org.entente.ingest.PartialDate;

import java.util.List;

/**
 * What a format reader found in one article, before noise removal, dating and hashing, which are
 * the same for every format and done by {@link ArticleAssembler}.
 *
 * @param id         the id the content gives itself (a JSON {@code id} field), or empty to use the file id
 * @param title      the headline the format marks as such, or empty to take the first paragraph
 * @param paragraphs the body, one entry per paragraph, in reading order
 * @param date       the date the file states about itself (txt header, front matter, meta tag), or null
 * @param source     the outlet the file names, or empty
 * @param url        the address the file names, or empty
 * @param author     the byline the file names, or empty
 * @param dateNote   why a date the file states could not be used (a spreadsheet cell that is no date),
 *                   or empty; the article is kept and the note travels with it
 */
public record ArticleDraft(String id, String title, List<String> paragraphs, PartialDate date,
                           String source, String url, String author, String dateNote) {

    public ArticleDraft {
        id = id == null ? "" : id.strip();
        title = title == null ? "" : oneLine(title);
        paragraphs = List.copyOf(paragraphs);
        source = source == null ? "" : source.strip();
        url = url == null ? "" : url.strip();
        author = author == null ? "" : oneLine(author);
        dateNote = dateNote == null ? "" : dateNote;
    }

    /** A draft for a format that names no author. */
    public ArticleDraft(String id, String title, List<String> paragraphs, PartialDate date, String source, String url) {
        this(id, title, paragraphs, date, source, url, "", "");
    }

    /** A headline on one line with single spaces: titles end up in CSV cells and chart labels. */
    private static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }
}
