package org.entente.analyze;

import java.util.List;
import org.entente.analyze.actor.ActorDictionary;
import org.entente.analyze.actor.ActorFinder;
import org.entente.analyze.extract.MentionExtractor;
import org.entente.analyze.lexicon.TriggerLexicon;
import org.entente.analyze.text.Sentence;
import org.entente.analyze.text.SentenceSplitter;
import org.entente.analyze.time.ArticleDating;
import org.entente.analyze.time.EventDates;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleDate;

/**
 * Finds the contacts, meetings and shared positions an article reports, for the dyad of the
 * options. The pipeline: dating the article, splitting it into sentences, finding actors and
 * lexicon cues in each, then the event and position rules (see analyze/README.md). Built once per
 * run (the dictionary and lexicon are read and compiled then); {@link #analyze} is thread-safe.
 */
public final class ArticleAnalyzer {

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final ArticleDating dating;
    private final MentionExtractor extractor;

    private ArticleAnalyzer(ActorFinder finder, TriggerLexicon lexicon) {
        this.dating = ArticleDating.standard();
        this.extractor = new MentionExtractor(finder, lexicon, EventDates.standard());
    }

    /**
     * Reads the built-in actor dictionary and trigger lexicon plus the user's files.
     *
     * @throws IllegalArgumentException when a user file is malformed (the message names the file,
     *                                  the line and what is wrong) or no dictionary knows a side
     */
    public static ArticleAnalyzer create(AnalysisOptions options) {
        ActorDictionary dictionary = ActorDictionary.load(options.extraDictionaries());
        TriggerLexicon lexicon = TriggerLexicon.load(options.extraLexicons());
        return new ArticleAnalyzer(dictionary.finderFor(options.dyad()), lexicon);
    }

    /** The article's date and mentions. Never throws on odd text: an empty or garbled article has no mentions. */
    public ArticleAnalysis analyze(Article article) {
        ArticleDate published = dating.date(article);
        List<Sentence> sentences = splitter.split(article.text());
        List<Mention> mentions = extractor.extract(article.id(), sentences, published);
        return new ArticleAnalysis(published, sentences.size(), mentions);
    }
}
