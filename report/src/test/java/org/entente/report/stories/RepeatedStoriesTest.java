package org.entente.report.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

public class RepeatedStoriesTest {

    /** One wire story, as three outlets published it with small edits of their own. */
    public static final String WIRE_AFP = """
        Pékin et Moscou veulent renforcer leur coopération énergétique

        MOSCOU, 12 mars (AFP) - Le président russe Vladimir Poutine a reçu mardi au Kremlin le ministre chinois des
        Affaires étrangères Wang Yi, avec qui il a évoqué le renforcement de la coopération énergétique entre les deux
        pays et la construction du gazoduc Force de Sibérie 2. Les deux hommes ont également discuté de la situation
        en Ukraine et au Proche-Orient, selon un communiqué publié par la présidence russe à l'issue de la rencontre.
        Wang Yi a assuré que la Chine était prête à travailler avec la Russie pour défendre un ordre international
        multipolaire, et a salué le niveau sans précédent des relations bilatérales.""";
    public static final String WIRE_FIGARO = """
        Poutine reçoit Wang Yi au Kremlin

        Le président russe Vladimir Poutine a reçu ce mardi au Kremlin le ministre chinois des Affaires étrangères
        Wang Yi, avec qui il a évoqué le renforcement de la coopération énergétique entre les deux pays et la
        construction du gazoduc Force de Sibérie 2. Les deux hommes ont également discuté de la situation en Ukraine
        et au Proche-Orient, selon un communiqué publié par la présidence russe à l'issue de la rencontre. Wang Yi a
        assuré que la Chine était prête à travailler avec la Russie pour défendre un ordre international multipolaire,
        et a salué le niveau sans précédent des relations bilatérales. (Avec AFP)""";
    public static final String WIRE_OUEST = """
        Vladimir Poutine reçoit le chef de la diplomatie chinoise

        Le président russe Vladimir Poutine a reçu mardi au Kremlin le chef de la diplomatie chinoise Wang Yi, avec
        qui il a évoqué le renforcement de la coopération énergétique entre les deux pays et la construction du
        gazoduc Force de Sibérie 2. Les deux hommes ont aussi discuté de la situation en Ukraine et au Proche-Orient,
        selon un communiqué publié par la présidence russe à l'issue de la rencontre. Wang Yi a assuré que la Chine
        était prête à travailler avec la Russie pour défendre un ordre international multipolaire, et a salué le
        niveau sans précédent des relations bilatérales.""";
    /** Another story on the same subject, with many of the same names and words. */
    public static final String OTHER = """
        Exercices navals conjoints en mer du Japon

        Les marines chinoise et russe ont entamé lundi des exercices conjoints en mer du Japon, a annoncé le
        ministère chinois de la Défense, qui évoque un entraînement destiné à préserver la sécurité régionale. Une
        dizaine de navires et plusieurs avions participent aux manœuvres, qui doivent durer cinq jours. Tokyo a dit
        suivre la situation de près, tandis que Moscou a salué le niveau sans précédent des relations bilatérales.""";

    @Test
    void aWireStoryRepublishedWithSmallEditsRepeatsItsFirstArticle() {
        RepeatedStories stories = new RepeatedStories();
        stories.add("a1-afp", WIRE_AFP);
        stories.add("a2-figaro", WIRE_FIGARO);
        stories.add("a3-autre", OTHER);
        stories.add("a4-ouest", WIRE_OUEST);

        assertThat(stories.repeats()).containsExactly(Map.entry("a2-figaro", "a1-afp"), Map.entry("a4-ouest", "a1-afp"));
        assertThat(stories.stories()).isEqualTo(2);
    }

    @Test
    void differentStoriesOnTheSameSubjectStayApart() {
        RepeatedStories stories = new RepeatedStories();
        stories.add("a1", WIRE_AFP);
        stories.add("a2", OTHER);
        stories.add("a3", "");

        assertThat(stories.repeats()).isEmpty();
        assertThat(stories.stories()).isEqualTo(3);
        assertThat(StorySketch.similarity(StorySketch.of(WIRE_AFP), StorySketch.of(OTHER))).isLessThan(RepeatedStories.SAME_STORY);
    }

    @Test
    void aLargeMonthOfDistinctArticlesIsComparedInLinearTime() {
        RepeatedStories stories = new RepeatedStories();
        java.util.Random random = new java.util.Random(1);
        String[] vocabulary = WIRE_AFP.concat(" ").concat(OTHER).split("\\s+");
        long start = System.nanoTime();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 120; w++) {
                text.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
            }
            stories.add("r" + i, text.toString());
        }
        stories.add("z-afp", WIRE_AFP);
        stories.add("z-ouest", WIRE_OUEST);

        assertThat(stories.repeats()).containsExactly(Map.entry("z-ouest", "z-afp"));
        // all pairs would be 200 million comparisons; the bands keep it to seconds even on a busy machine
        assertThat((System.nanoTime() - start) / 1_000_000_000.0).isLessThan(60);
    }
}
