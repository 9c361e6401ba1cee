package org.entente.ingest.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleDate;
import org.entente.ingest.IngestedFile;
import org.entente.ingest.MatchingText;
import org.entente.ingest.Sha256;

/**
 * Turns a format reader's draft into an Article the same way for every format: noise out, headline
 * first, date by the codebook's order, manifest metadata on top, and the content hash.
 */
public final class ArticleAssembler {

    private ArticleAssembler() {
    }

    /**
     * @param file     the path relative to the input folder
     * @param fileId   the id the file gives its article (relative path without extension)
     * @param entry    one record the format reader produced
     * @param manifest the manifest's line for this file, or null
     * @param oneOfMany true for a record of a multi-record file (.jsonl, a feed, a spreadsheet, an export), where the manifest's title
     *                 and url cannot belong to every record and are not applied
     */
    public static IngestedFile assemble(String file, String fileId, ReadResult.Entry entry, ManifestEntry manifest,
                                        boolean oneOfMany) {
        String fallbackId = entry.idSuffix().isEmpty() ? fileId : fileId + "-" + entry.idSuffix();
        if (entry.draft() == null) {
            return IngestedFile.rejected(entry.ownId().isEmpty() ? fallbackId : entry.ownId(), file, entry.failure());
        }
        ArticleDraft draft = entry.draft();
        String id = draft.id().isEmpty() ? fallbackId : draft.id();

        Noise.Cleaned cleaned = Noise.clean(draft.paragraphs());
        List<String> body = cleaned.paragraphs();
        String headline = draft.title().isEmpty() || Noise.isCredit(draft.title()) ? "" : draft.title();
        List<String> paragraphs = new ArrayList<>(body.size() + 1);
        if (!headline.isEmpty() && (body.isEmpty() || !sameText(body.get(0), headline))) {
            paragraphs.add(headline);
        }
        paragraphs.addAll(body);
        if (paragraphs.isEmpty()) {
            return IngestedFile.rejected(id, file, draft.paragraphs().isEmpty()
                    ? "no article text: the file holds no text"
                    : "no article text: only photo credits, share prompts or tags");
        }
        String title = headline.isEmpty() ? Headlines.choose(paragraphs) : headline;
        String text = String.join("\n\n", paragraphs);
        // the analysis reads French only: a text in another language would give no events, silently
        Optional<String> language = Language.notFrench(text);
        if (language.isPresent()) {
            return IngestedFile.rejected(id, file, "not French (" + language.get() + ")");
        }

        String source = draft.source().isEmpty() ? cleaned.source() : draft.source();
        String url = draft.url();
        if (manifest != null) {
            if (!manifest.title().isEmpty() && !oneOfMany) {
                title = manifest.title();
            }
            if (!manifest.source().isEmpty()) {
                source = manifest.source();
            }
            if (!manifest.url().isEmpty() && !oneOfMany) {
                url = manifest.url();
            }
        }
        ArticleDate published = ArticleDating.resolve(draft.date(), Dateline.find(paragraphs),
                manifest == null ? null : manifest.date(), UrlDate.of(url).orElse(null));
        Article article = new Article(id, file, title, text, published, source, url, contentHash(text), draft.author());
        if (!draft.dateNote().isEmpty()) {
            // kept, with the reason its own date was not used, even when a dateline or its address dates it
            return IngestedFile.acceptedWithNote(article, draft.dateNote());
        }
        return IngestedFile.accepted(article);
    }

    /** SHA-256 of the matching form, so that the same article saved in two encodings hashes alike. */
    public static String contentHash(String text) {
        return Sha256.hex(MatchingText.normalize(text));
    }

    private static boolean sameText(String a, String b) {
        return collapse(MatchingText.normalize(a)).equalsIgnoreCase(collapse(MatchingText.normalize(b)));
    }

    private static String collapse(String s) {
        return String.join(" ", s.strip().split("\\s+"));
    }
}
