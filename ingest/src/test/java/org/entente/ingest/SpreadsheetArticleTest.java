package org.entente.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetArticleTest {

    @TempDir
    Path dir;

    /** As French-locale Excel saves "CSV UTF-8": a byte-order mark, semicolons, CRLF line ends. */
    private static byte[] excelFr(String... lines) {
        byte[] text = (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[text.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(text, 0, out, 3, text.length);
        return out;
    }

    @Test
    void eachRowOfAFrenchExcelListIsAnArticleWithColumnsFoundByTheirFrenchNames() {
        Folders.write(dir, "veille.csv", excelFr(
                "Titre;Date;Lien;Texte;Média;Auteur",
                "Appel entre présidents;02/09/2025;https://exemple.fr/appel;\"Les deux présidents se sont parlé.\nIls ont évoqué l'énergie; et le commerce.\";La Gazette;Claire Martin",
                "Visite à Pékin;2025-09-05;;Le ministre russe est arrivé à Pékin.;Le Veilleur;"));
        List<IngestedFile> read = Folders.open(dir).read("veille.csv");
        assertThat(read).hasSize(2).noneMatch(IngestedFile::isRejected);
        Article first = read.get(0).article();
        assertThat(first.id()).isEqualTo("veille-2");
        assertThat(first.title()).isEqualTo("Appel entre présidents");
        assertThat(first.text()).isEqualTo("Appel entre présidents\n\nLes deux présidents se sont parlé.\n\n"
                + "Ils ont évoqué l'énergie; et le commerce.");
        assertThat(first.published()).isEqualTo(ArticleDate.of(PartialDate.parse("2025-09-02"), DateSource.HEADER));
        assertThat(first.url()).isEqualTo("https://exemple.fr/appel");
        assertThat(first.source()).isEqualTo("La Gazette");
        assertThat(first.author()).isEqualTo("Claire Martin");
        assertThat(read.get(1).article().id()).isEqualTo("veille-3");
        assertThat(read.get(1).article().published().date()).isEqualTo(PartialDate.parse("2025-09-05"));
    }

    @Test
    void englishHeadersCommasAndTabsAreReadToo() {
        Folders.write(dir, "list.csv", "title,date,url,content,source\n"
                + "Talks in Moscow,2025-03-01,https://exemple.fr/a,Les deux ministres se sont rencontrés à Moscou.,Wire\n");
        Folders.write(dir, "list2.tsv", "Title\tText\tURL\n"
                + "Sans date\tLe président chinois a écrit à son homologue.\thttps://exemple.fr/monde/2024/06/18/lettre\n");
        Article csv = Folders.open(dir).read("list.csv").get(0).article();
        assertThat(csv.title()).isEqualTo("Talks in Moscow");
        assertThat(csv.source()).isEqualTo("Wire");
        Article tsv = Folders.open(dir).read("list2.tsv").get(0).article();
        assertThat(tsv.text()).isEqualTo("Sans date\n\nLe président chinois a écrit à son homologue.");
        assertThat(tsv.published()).isEqualTo(ArticleDate.of(PartialDate.parse("2024-06-18"), DateSource.URL));
    }

    @Test
    void rowWithoutTextIsRejectedWithItsRowNumberAndRowWithBadDateIsKeptUndated() {
        Folders.write(dir, "veille.csv", excelFr(
                "titre;date;texte",
                "Sans texte;2025-09-01;",
                "Date fausse;31/02/2025;Les deux ministres ont signé un accord.",
                "Bonne;1er septembre 2025;Le Kremlin a salué la visite."));
        List<IngestedFile> read = Folders.open(dir).read("veille.csv");
        assertThat(read).hasSize(3);
        assertThat(read.get(0).reason()).isEqualTo("row 2: no article text (the text column is empty)");
        assertThat(read.get(0).id()).isEqualTo("veille-2");
        assertThat(read.get(1).isRejected()).isFalse();
        assertThat(read.get(1).article().published().isDated()).isFalse();
        assertThat(read.get(1).note()).isEqualTo("row 3: the date '31/02/2025' is not a date (write it as 2025-09-02 "
                + "or 02/09/2025); kept undated");
        assertThat(read.get(2).article().published().date()).isEqualTo(PartialDate.parse("2025-09-01"));
        assertThat(read.get(2).note()).isEmpty();
    }

    @Test
    void controlFilesAtTheTopAreNotArticlesAndAManifestElsewhereIsRejectedNotSwallowed() {
        Folders.write(dir, "manifest.csv", "file,date\na.txt,2025-01\n");
        Folders.write(dir, "corrections.csv", "action,event_id,type,status,date,participants_a,participants_b,direction,evidence,comment\n");
        Folders.write(dir, "a.txt", "Un titre\n\nLe président russe a reçu le ministre chinois.\n");
        Folders.write(dir, "archives/manifest.csv", "file,date\nb.txt,2024-01\n");
        InputFolder folder = Folders.open(dir);
        assertThat(folder.files()).containsExactly("a.txt", "archives/manifest.csv");
        assertThat(folder.read("archives/manifest.csv").get(0).reason())
                .isEqualTo("not a list of articles: no text column (looked for text, texte, content, contenu, body, "
                        + "corps, article, full text, texte integral; the header has file, date)");
    }

    @Test
    void brokenQuotingLosesOnlyTheRowsFromThere() {
        Folders.write(dir, "veille.csv", "titre,texte\nUn,Le Kremlin a salué la visite.\nDeux,\"Texte ouvert jamais fermé\n");
        List<IngestedFile> read = Folders.open(dir).read("veille.csv");
        assertThat(read.get(0).article().title()).isEqualTo("Un");
        assertThat(read.get(1).isRejected()).isTrue();
        assertThat(read.get(1).reason()).startsWith("row 3: the file cannot be read from here on (");
    }

    @Test
    void listSavedByOlderExcelInWindows1252IsReadToo() {
        Folders.write(dir, "ancien.csv", "Titre;Média;Texte\r\nÉchanges;L'Écho;Le ministre chinois a été reçu à Moscou, où il a "
                + "rencontré son homologue russe pour évoquer la sécurité régionale.\r\n", java.nio.charset.Charset.forName("windows-1252"));
        Article a = Folders.open(dir).read("ancien.csv").get(0).article();
        assertThat(a.title()).isEqualTo("Échanges");
        assertThat(a.source()).isEqualTo("L'Écho");
        assertThat(a.text()).endsWith("pour évoquer la sécurité régionale.");
    }

    @Test
    void rowWithBadDateButDatedAddressIsDatedByTheAddressAndKeepsItsNote() {
        Folders.write(dir, "veille.csv", "titre,date,lien,texte\n"
                + "Un,hier,https://exemple.fr/monde/2025/02/11/visite,Le ministre russe est arrivé à Pékin.\n");
        IngestedFile row = Folders.open(dir).read("veille.csv").get(0);
        assertThat(row.article().published()).isEqualTo(ArticleDate.of(PartialDate.parse("2025-02-11"), DateSource.URL));
        assertThat(row.note()).startsWith("row 2: the date 'hier' is not a date");
    }
}
