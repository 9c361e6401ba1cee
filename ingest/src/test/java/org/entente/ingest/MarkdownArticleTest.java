package org.entente.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownArticleTest {

    @TempDir
    Path dir;

    @Test
    void frontMatterGivesTitleDateSourceAndUrl() {
        Folders.write(dir, "note.md", """
                ---
                title: "Visite du ministre russe à Pékin"
                date: 2023-04-03
                source: Agence imaginaire
                url: https://example.org/visite
                ---
                Le ministre russe est arrivé lundi dans la capitale chinoise.

                Il doit y rencontrer son homologue pendant deux jours.
                """);
        Article a = Folders.article(dir, "note.md");
        assertThat(a.id()).isEqualTo("note");
        assertThat(a.title()).isEqualTo("Visite du ministre russe à Pékin");
        assertThat(a.published()).isEqualTo(ArticleDate.of(PartialDate.parse("2023-04-03"), DateSource.HEADER));
        assertThat(a.source()).isEqualTo("Agence imaginaire");
        assertThat(a.url()).isEqualTo("https://example.org/visite");
        assertThat(a.text()).isEqualTo("Visite du ministre russe à Pékin\n\n"
                + "Le ministre russe est arrivé lundi dans la capitale chinoise.\n\n"
                + "Il doit y rencontrer son homologue pendant deux jours.");
    }

    @Test
    void timestampDateKeepsThePublishersDay() {
        Folders.write(dir, "tard.md", "---\nTitle: Titre\nDate: 2023-04-03T01:30:00+08:00\n---\nTexte du corps.\n");
        Article a = Folders.article(dir, "tard.md");
        assertThat(a.published().date()).isEqualTo(PartialDate.parse("2023-04-03"));
        assertThat(a.title()).isEqualTo("Titre"); // keys are read whatever their case
    }

    @Test
    void withoutFrontMatterTheFirstHeadingIsTheTitleAndMarkupIsRemoved() {
        Folders.write(dir, "brut.md", """
                # Un *entretien* téléphonique

                ![portrait](images/portrait.jpg)

                Les présidents ont parlé **une heure**, selon [le Kremlin](https://example.org/k),
                et ont évoqué le `commerce`.

                - premier point de l'échange
                - second point de l'échange

                > Une citation du porte-parole.
                """);
        Article a = Folders.article(dir, "brut.md");
        assertThat(a.title()).isEqualTo("Un entretien téléphonique");
        assertThat(a.published().isDated()).isFalse();
        assertThat(a.text()).isEqualTo("Un entretien téléphonique\n\n"
                + "Les présidents ont parlé une heure, selon le Kremlin, et ont évoqué le commerce.\n\n"
                + "premier point de l'échange\n\nsecond point de l'échange\n\nUne citation du porte-parole.");
    }

    @Test
    void yearOnlyDateIsAYearPrecisionDate() {
        Folders.write(dir, "annee.md", "---\ntitle: Bilan\ndate: 2022\n---\nUn bilan annuel des relations.\n");
        assertThat(Folders.article(dir, "annee.md").published().precision()).isEqualTo(DatePrecision.YEAR);
    }

    @Test
    void unclosedFrontMatterIsRejectedWithTheReason() {
        Folders.write(dir, "ouvert.md", "---\ntitle: Sans fin\n\nLe texte commence sans fermer l'en-tête.\n");
        IngestedFile result = Folders.readOne(dir, "ouvert.md");
        assertThat(result.isRejected()).isTrue();
        assertThat(result.reason()).contains("front matter").contains("never closed");
    }

    @Test
    void invalidYamlIsRejectedWithTheReason() {
        Folders.write(dir, "yaml.md", "---\ntitle: [non fermé\ndate: 2023\n---\nTexte.\n");
        IngestedFile result = Folders.readOne(dir, "yaml.md");
        assertThat(result.isRejected()).isTrue();
        assertThat(result.reason()).startsWith("the front matter is not valid YAML");
    }

    @Test
    void markdownSyntaxIsParsedNotGuessedSoLiteralStarsAndUnderscoresStay() {
        Folders.write(dir, "chiffres.md", """
                Commerce en hausse
                ==================

                Les échanges ont crû de 5 * 2 %, selon le fichier `echanges_2024` et l'indice *officiel*,
                cité par l'agence \\*Xinhua\\*.

                > Les deux pays ont « franchi un cap », a dit le [ministre][m].

                [m]: https://exemple.fr/ministre
                """);
        Article a = Folders.article(dir, "chiffres.md");
        assertThat(a.title()).isEqualTo("Commerce en hausse");
        assertThat(a.text()).isEqualTo("Commerce en hausse\n\n"
                + "Les échanges ont crû de 5 * 2 %, selon le fichier echanges_2024 et l'indice officiel, "
                + "cité par l'agence *Xinhua*.\n\n"
                + "Les deux pays ont « franchi un cap », a dit le ministre.");
    }
}
