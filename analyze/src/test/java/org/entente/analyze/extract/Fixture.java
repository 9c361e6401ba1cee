package org.entente.analyze.extract;

import java.util.List;
import org.entente.analyze.AnalysisOptions;
import org.entente.analyze.ArticleAnalyzer;
import org.entente.analyze.Dyad;
import org.entente.analyze.Mention;
import org.entente.analyze.actor.ActorDictionary;
import org.entente.analyze.actor.ActorFinder;
import org.entente.analyze.lexicon.TriggerLexicon;
import org.entente.analyze.text.Sentence;
import org.entente.analyze.time.EventDates;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleDate;
import org.entente.ingest.DateSource;
import org.entente.ingest.PartialDate;

/** The built-in dictionary and lexicon, built once for all tests, and short ways to run the stages on a text. */
public final class Fixture {

    public static final ActorDictionary DICTIONARY = ActorDictionary.load(List.of());
    public static final ActorFinder FINDER = DICTIONARY.finderFor(Dyad.CHINA_RUSSIA);
    public static final TriggerLexicon LEXICON = TriggerLexicon.load(List.of());
    public static final MentionExtractor EXTRACTOR = new MentionExtractor(FINDER, LEXICON, EventDates.standard());
    public static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.create(AnalysisOptions.defaults());

    private Fixture() {
    }

    public static SentenceReading read(String sentence) {
        return EXTRACTOR.read(Sentence.of(1, 0, sentence));
    }

    /** The mentions of a text published on the given day or month (YYYY-MM-DD or YYYY-MM). */
    public static List<Mention> mentionsOf(String text, String published) {
        Article article = new Article("t", "t.txt", "", text,
            ArticleDate.of(PartialDate.parse(published), DateSource.HEADER), "", "", "0");
        return ANALYZER.analyze(article).mentions();
    }

    /** The mentions of a text with no date of its own (the analysis infers one from the text, or none). */
    public static List<Mention> mentionsOfUndated(String text) {
        return ANALYZER.analyze(new Article("t", "t.txt", "", text, ArticleDate.UNDATED, "", "", "0")).mentions();
    }

    /** The mentions of a text, with an article of June 2023. */
    public static List<Mention> mentionsOf(String text) {
        return mentionsOf(text, "2023-06-15");
    }
}
