package org.entente.report.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StorySketchTest {

    @Test
    void theQuickReadingSketchesEveryTextAsTheDecompositionDoes() {
        // the quick reading is a table of single characters: these are the texts where that could go wrong
        String longLead = "Pékin et Moscou renforcent leur coopération énergétique, déclare l’agence. ".repeat(60);
        List<String> texts = List.of(
            RepeatedStoriesTest.WIRE_AFP,
            "Le ministre a reçu mardi l'œuvre « Élysée » à Noël ; coût : 5\u00a0000\u202f€ — fin… ÇA ÉTÉ ÂÎÔÛ",
            "Une lettre et son accent à part : cafe\u0301, Pe\u0301kin, e\u0301te\u0301, and Ångström, Øresund, Łódź, Şahin",
            "Mots liés\u2000par\u2001des espaces\u2002rares, un trait\u2011d’union, une ligature ﬁnale et un \u00b2 \u00bd",
            "Vladimir Poutine a rencontré Си Цзиньпин (习近平) à Pékin 😀 mardi, selon le Kremlin.",
            "Ἀθῆναι, ǅemal, ǈuba, ǣ, Ǻ, ȁ, ɐ, ʰ: lettres du bout de la table",
            longLead,
            longLead.substring(0, 2999) + "é",
            "mot ".repeat(260),
            "",
            " ,;:!? « » — ",
            "un");
        for (String text : texts) {
            assertThat(StorySketch.of(text)).as(text).isEqualTo(StorySketch.ofWords(text));
        }
    }

    @Test
    void sameStoryDecidesAsTheSimilarityThresholdOnEveryShareOfAgreeingAndEmptyPositions() {
        // the quick decision gives up early: it must agree with the share on pairs just above and below 0.6 too
        java.util.Random random = new java.util.Random(3);
        int same = 0;
        for (int pair = 0; pair < 20_000; pair++) {
            int[] a = new int[StorySketch.SIZE];
            int[] b = new int[StorySketch.SIZE];
            int agree = random.nextInt(StorySketch.SIZE + 1);
            int empty = random.nextInt(4) == 0 ? random.nextInt(StorySketch.SIZE + 1) : 0;
            for (int i = 0; i < StorySketch.SIZE; i++) {
                a[i] = random.nextInt(1000);
                b[i] = random.nextInt(100) < 100 * agree / StorySketch.SIZE ? a[i] : a[i] + 1;
                if (random.nextInt(StorySketch.SIZE) < empty) {
                    a[i] = Integer.MAX_VALUE;
                    b[i] = random.nextBoolean() ? Integer.MAX_VALUE : b[i];
                }
            }
            boolean expected = StorySketch.similarity(a, b) >= RepeatedStories.SAME_STORY;
            assertThat(StorySketch.sameStory(a, b)).as("pair %d", pair).isEqualTo(expected);
            same += expected ? 1 : 0;
        }
        assertThat(same).isBetween(2_000, 18_000);
        int[] empty = new int[StorySketch.SIZE];
        java.util.Arrays.fill(empty, Integer.MAX_VALUE);
        assertThat(StorySketch.sameStory(empty, empty)).isFalse();
    }

    @Test
    void aSketchReadBackFromTheStoreIsTheSketchOfTheText() {
        byte[] stored = StorySketch.encode(RepeatedStoriesTest.WIRE_AFP);

        assertThat(stored).hasSize(StorySketch.SIZE * Integer.BYTES);
        assertThat(StorySketch.decode(stored)).isEqualTo(StorySketch.of(RepeatedStoriesTest.WIRE_AFP));
    }

    @Test
    void aTextWithoutWordsIsStoredAsNoByteAndReadBackAsNoSketch() {
        // zero bytes, not null: null in the store means "not sketched yet"
        assertThat(StorySketch.encode(" « — » ")).isEmpty();
        assertThat(StorySketch.decode(new byte[0])).isNull();
    }

    @Test
    void storiesCompareAlikeFromTextsAndFromStoredSketches() {
        RepeatedStories fromTexts = new RepeatedStories();
        RepeatedStories fromSketches = new RepeatedStories();
        String[][] articles = {{"a1", RepeatedStoriesTest.WIRE_AFP}, {"a2", RepeatedStoriesTest.OTHER}, {"a3", ""},
            {"a4", RepeatedStoriesTest.WIRE_OUEST}, {"a5", RepeatedStoriesTest.WIRE_FIGARO}};
        for (String[] article : articles) {
            fromTexts.add(article[0], article[1]);
            fromSketches.addSketched(article[0], StorySketch.encode(article[1]));
        }

        assertThat(fromSketches.repeats()).isEqualTo(fromTexts.repeats()).hasSize(2);
        assertThat(fromSketches.stories()).isEqualTo(fromTexts.stories());
    }
}
