package org.entente.ingest.read;

import org.entente.ingest.PartialDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An HTML export from the Europresse press database: one {@code <article>} per story, each with its
 * outlet in the header's first {@code span}, its date line in the header, the headline in
 * {@code div.titreArticle}, the byline in {@code div.docAuthors}, the text in {@code div.DocText} and
 * the document number in {@code div.publiC-lblNodoc}, whose characters 6 to 13 are the publication day
 * as {@code YYYYMMDD} ({@code news·20250902·LM·...}).
 */
final class EuropresseExport {

    /** "Le Monde, no. 24873": the issue number is not part of the outlet's name. */
    private static final Pattern ISSUE = Pattern.compile(",?\\s*(?:no|n°|nº)\\.?\\s*\\d[\\d\\s]*$", Pattern.CASE_INSENSITIVE);

    private EuropresseExport() {
    }

    static boolean isExport(Document doc) {
        return doc.selectFirst("div.DocText, div.publiC-lblNodoc, div.titreArticle") != null;
    }

    static ReadResult read(Document doc, String html) {
        Elements articles = doc.select("article");
        List<Boolean> closed = RawArticles.closed(html);
        boolean countsAgree = closed.size() == articles.size();
        List<ReadResult.Entry> entries = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            String suffix = String.valueOf(i + 1);
            if (countsAgree && !closed.get(i)) {
                entries.add(ReadResult.Entry.failed(suffix, "", RawArticles.cutOff(i + 1, articles.size())));
            } else {
                entries.add(entry(articles.get(i), suffix, i + 1));
            }
        }
        if (entries.isEmpty()) {
            return ReadResult.failed("a Europresse export without any <article> element: no story to read");
        }
        return new ReadResult(entries);
    }

    private static ReadResult.Entry entry(Element article, String suffix, int position) {
        Element text = article.selectFirst("div.DocText");
        if (text == null || text.text().isBlank()) {
            return ReadResult.Entry.failed(suffix, "", "article " + position
                    + " of the Europresse export: no text (its div.DocText is missing or empty)");
        }
        Element header = article.selectFirst("header");
        Element outletSpan = header == null ? article.selectFirst("span.DocPublicationName") : header.selectFirst("span");
        String outlet = outletSpan == null ? "" : ISSUE.matcher(outletSpan.text().strip()).replaceFirst("");
        String title = textOf(article.selectFirst("div.titreArticle"));
        String author = textOf(article.selectFirst("div.docAuthors"));
        PartialDate date = documentNumberDate(textOf(article.selectFirst("div.publiC-lblNodoc")))
                .or(() -> headerDate(header))
                .orElse(null);
        List<String> paragraphs = HtmlFormat.cleanParagraphs(text.clone());
        return ReadResult.Entry.of(suffix, new ArticleDraft("", title, paragraphs, date, outlet, "", author, ""));
    }

    /** Characters 6 to 13 of the document number: {@code news·20250902·...} gives 2025-09-02. */
    static Optional<PartialDate> documentNumberDate(String number) {
        if (number.length() < 13) {
            return Optional.empty();
        }
        String digits = number.substring(5, 13);
        if (!digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return MetadataDate.parse(digits.substring(0, 4) + "-" + digits.substring(4, 6) + "-" + digits.substring(6, 8));
    }

    /** The date line of the header ("Économie, mardi 2 septembre 2025, 812 mots"), when the number has none. */
    private static Optional<PartialDate> headerDate(Element header) {
        if (header == null) {
            return Optional.empty();
        }
        for (Element part : header.select("span, div, p")) {
            Optional<PartialDate> d = FrenchDate.find(part.ownText());
            if (d.isPresent()) {
                return d;
            }
        }
        return FrenchDate.find(header.text());
    }

    private static String textOf(Element e) {
        return e == null ? "" : e.text().strip();
    }
}
