package org.entente.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TxtArticleTest {

    @TempDir
    Path dir;

    @Test
    void dayHeaderGivesTheDayAndTheRestOfTheLineIsTheTitle() {
        Folders.write(dir, "appel.txt", " date 2024-05-16 Pékin et Moscou font le point\n\nLes deux capitales ont échangé jeudi.\n");
        Article a = Folders.article(dir, "appel.txt");
        assertThat(a.published()).isEqualTo(ArticleDate.of(PartialDate.parse("2024-05-16"), DateSource.HEADER));
        assertThat(a.title()).isEqualTo("Pékin et Moscou font le point");
        assertThat(a.text()).isEqualTo("Pékin et Moscou font le point\n\nLes deux capitales ont échangé jeudi.");
    }

    @Test
    void headerAloneOnItsLineLeavesTheNextParagraphAsTitle() {
        Folders.write(dir, "seul.txt", "date 2021-03\n\nUn titre sur sa propre ligne\n\nLe corps du texte suit ici.");
        Article a = Folders.article(dir, "seul.txt");
        assertThat(a.published().date()).isEqualTo(PartialDate.parse("2021-03"));
        assertThat(a.title()).isEqualTo("Un titre sur sa propre ligne");
        assertThat(a.text()).startsWith("Un titre sur sa propre ligne\n\n");
    }

    @Test
    void fileWithoutHeaderIsAnUndatedArticleNotARejection() {
        Folders.write(dir, "sans-date.txt", "Un sommet se prépare\nLes diplomates des deux pays préparent une rencontre.");
        IngestedFile result = Folders.readOne(dir, "sans-date.txt");
        assertThat(result.isRejected()).isFalse();
        assertThat(result.article().published()).isEqualTo(ArticleDate.UNDATED);
        assertThat(result.article().title()).isEqualTo("Un sommet se prépare");
    }

    @Test
    void invalidHeaderDateIsRemovedAndLeavesTheArticleUndated() {
        Folders.write(dir, "mois-faux.txt", " date 2023-13 Un titre\n\nDu texte.");
        Article a = Folders.article(dir, "mois-faux.txt");
        assertThat(a.published().isDated()).isFalse();
        assertThat(a.title()).isEqualTo("Un titre");
    }

    @Test
    void wordDateInsideATitleIsNotAHeader() {
        Folders.write(dir, "mot.txt", "date limite pour les négociations\n\nLe texte.");
        Article a = Folders.article(dir, "mot.txt");
        assertThat(a.title()).isEqualTo("date limite pour les négociations");
        assertThat(a.published().isDated()).isFalse();
    }

    @Test
    void hardWrappedLinesAreJoinedButLinesEndingASentenceStayParagraphs() {
        Folders.write(dir, "wrap.txt", "Titre court\n\nLe ministre a rappelé que les deux pays\nentretiennent un dialogue régulier.\n"
                + "Une autre phrase commence ici.\r\n");
        Article a = Folders.article(dir, "wrap.txt");
        assertThat(a.text()).isEqualTo("Titre court\n\nLe ministre a rappelé que les deux pays entretiennent un dialogue "
                + "régulier.\n\nUne autre phrase commence ici.");
    }

    @Test
    void datelineRefinesAMonthHeaderToTheDay() {
        Folders.write(dir, "depeche.txt", " date 2023-02 Rencontre à Moscou\n\nMOSCOU/PEKIN, 22 février (Reuters) - "
                + "Le chef de la diplomatie chinoise a été reçu au Kremlin.");
        Article a = Folders.article(dir, "depeche.txt");
        assertThat(a.published()).isEqualTo(ArticleDate.of(PartialDate.parse("2023-02-22"), DateSource.DATELINE));
        assertThat(a.text()).contains("MOSCOU/PEKIN, 22 février (Reuters) - Le chef");
    }

    @Test
    void datelineOutsideTheHeaderMonthLeavesTheHeaderDate() {
        Folders.write(dir, "decale.txt", " date 2023-03 Un retour sur février\n\nPEKIN, 22 février (Reuters) - Le texte.");
        Article a = Folders.article(dir, "decale.txt");
        assertThat(a.published()).isEqualTo(ArticleDate.of(PartialDate.parse("2023-03"), DateSource.HEADER));
    }

    @Test
    void datelineWithoutHeaderOrManifestLeavesTheArticleForInference() {
        Folders.write(dir, "seule-depeche.txt", "Titre\n\nPEKIN, 8 février (Reuters) - Le texte de la dépêche.");
        assertThat(Folders.article(dir, "seule-depeche.txt").published().isDated()).isFalse();
    }

    @Test
    void crlfLineEndingsReadLikeLf() {
        Folders.write(dir, "unix.txt", " date 2022-01 Titre\n\nPremier paragraphe.\n\nSecond paragraphe.\n");
        Folders.write(dir, "windows.txt", " date 2022-01 Titre\r\n\r\nPremier paragraphe.\r\n\r\nSecond paragraphe.\r\n");
        assertThat(Folders.article(dir, "windows.txt").text()).isEqualTo(Folders.article(dir, "unix.txt").text());
    }
}
