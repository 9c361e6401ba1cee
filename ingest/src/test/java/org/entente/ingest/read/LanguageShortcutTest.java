package org.entente.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The function-word count that settles plainly French texts before Lingua is asked (it can only accept). */
class LanguageShortcutTest {

    /** French with few of the counted words ("de la", "a", "le" are not counted): 8% of its words, under the 12%. */
    private static final String FRENCH_FEW_COUNTED = """
            Ce qu'il faut retenir de la semaine

            De son côté, un brouillard épais a touché les Pays-Bas jusqu'à la fin de la semaine, ce que plusieurs
            experts interrogés jugent encore insuffisant pour inverser la tendance. La Bourse de Paris a varié de 5,1 %
            par rapport à la même période de l'an passé, dans un contexte de tensions commerciales persistantes entre
            l'Union européenne et ses partenaires. Le déficit commercial français a varié de 5,6 % depuis le début de
            l'année, une première depuis plus de dix ans, d'après les archives consultées par notre rédaction.
            L'investissement des entreprises a progressé de 11,3 % à la veille de la rentrée.""";

    private static final String SPANISH = """
            Los dos presidentes hablaron por teléfono el martes y acordaron profundizar su cooperación en energía,
            comercio y transporte, según un comunicado publicado por el Kremlin después de la llamada. Ambos líderes
            elogiaron la relación entre sus países y prometieron volver a reunirse antes de que termine el año.""";

    @Test
    void frenchWithFewCountedWordsIsSettledWithoutLingua() {
        assertThat(Language.plainlyFrench(FRENCH_FEW_COUNTED)).isTrue();
        assertThat(Language.notFrench(FRENCH_FEW_COUNTED)).isEmpty();
    }

    @Test
    void halfFrenchHalfSpanishIsLeftToLingua() {
        // the French half alone would pass the lower share; the Spanish half's function words keep it doubtful
        assertThat(Language.plainlyFrench(FRENCH_FEW_COUNTED + "\n\n" + SPANISH)).isFalse();
        assertThat(Language.plainlyFrench(SPANISH + "\n\n" + FRENCH_FEW_COUNTED)).isFalse();
    }

    @Test
    void spanishIsNeverSettledAsFrenchAndLinguaRejectsIt() {
        assertThat(Language.plainlyFrench(SPANISH)).isFalse();
        assertThat(Language.notFrench(SPANISH + " " + SPANISH)).contains("es");
    }
}
