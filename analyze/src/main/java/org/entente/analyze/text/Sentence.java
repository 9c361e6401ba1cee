package org.entente.analyze.text;

import java.util.Objects;
import org.entente.ingest.MatchingText;

/**
 * One sentence of an article.
 *
 * @param index     1-based position in the article, the headline being 1
 * @param paragraph 0-based paragraph (block of lines between blank lines) it belongs to
 * @param text      as written, for evidence
 * @param normalized the text in {@link MatchingText} form: same offsets as folded, accents kept
 * @param folded    {@link Folding#fold(String)} of the text, what the matchers read
 */
public record Sentence(int index, int paragraph, String text, String normalized, String folded) {

    public Sentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(normalized, "normalized");
        Objects.requireNonNull(folded, "folded");
    }

    public static Sentence of(int index, int paragraph, String text) {
        String normalized = MatchingText.normalize(text);
        return new Sentence(index, paragraph, text, normalized, Folding.foldNormalized(normalized));
    }
}
