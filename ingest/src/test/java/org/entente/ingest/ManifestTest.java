package org.entente.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManifestTest {

    @TempDir
    Path dir;

    @Test
    void manifestDatesAnArticleThatCarriesNoDate() {
        Folders.write(dir, "manifest.csv", "file,date,title,source,url\nsans-date.txt,2022-06-15,,,\n");
        Folders.write(dir, "sans-date.txt", "Un appel\n\nLes présidents se sont parlé.");
        Article a = Folders.article(dir, "sans-date.txt");
        assertThat(a.published()).isEqualTo(ArticleDate.of(PartialDate.parse("2022-06-15"), DateSource.MANIFEST));
        assertThat(a.title()).isEqualTo("Un appel");
    }

    @Test
    void headerWinsOverTheManifestDate() {
        Folders.write(dir, "manifest.csv", "file,date\ndate.txt,2020-01\n");
        Folders.write(dir, "date.txt", " date 2023-05 Titre\n\nTexte.");
        assertThat(Folders.article(dir, "date.txt").published())
                .isEqualTo(ArticleDate.of(PartialDate.parse("2023-05"), DateSource.HEADER));
    }

    @Test
    void datelineTakesItsYearFromTheManifest() {
        Folders.write(dir, "manifest.csv", "file,date\nfil.txt,2023\n");
        Folders.write(dir, "fil.txt", "Titre\n\nPEKIN, 8 février (Reuters) - Le texte.");
        assertThat(Folders.article(dir, "fil.txt").published())
                .isEqualTo(ArticleDate.of(PartialDate.parse("2023-02-08"), DateSource.DATELINE));
    }

    @Test
    void datelineNearTheNewYearTakesTheYearClosestToTheManifestMonth() {
        Folders.write(dir, "manifest.csv", "file,date\nfil.txt,2024-01\n");
        Folders.write(dir, "fil.txt", "Titre\n\nMOSCOU, 30 décembre (AFP) - Le texte.");
        assertThat(Folders.article(dir, "fil.txt").published().date()).isEqualTo(PartialDate.parse("2023-12-30"));
    }

    @Test
    void manifestTitleSourceAndUrlOverrideTheFilesOwnWhenGiven() {
        Folders.write(dir, "manifest.csv", "file,date,title,source,url\n"
                + "sub/b.md,,\"Titre choisi, avec virgule\",Le Quotidien,https://example.org/b\n");
        Folders.write(dir, "sub/b.md", "---\ntitle: Titre du fichier\nsource: Autre\n---\nLe corps.\n");
        Article a = Folders.article(dir, "sub/b.md");
        assertThat(a.title()).isEqualTo("Titre choisi, avec virgule");
        assertThat(a.source()).isEqualTo("Le Quotidien");
        assertThat(a.url()).isEqualTo("https://example.org/b");
        // the text is the file's own: the manifest names the article, it does not rewrite it
        assertThat(a.text()).startsWith("Titre du fichier\n\n");
    }

    @Test
    void emptyManifestFieldsKeepTheFilesOwnValues() {
        Folders.write(dir, "manifest.csv", "file,date,title,source,url\nb.md,,,,\n");
        Folders.write(dir, "b.md", "---\ntitle: Titre du fichier\nsource: Autre\n---\nLe corps.\n");
        Article a = Folders.article(dir, "b.md");
        assertThat(a.title()).isEqualTo("Titre du fichier");
        assertThat(a.source()).isEqualTo("Autre");
    }

    @Test
    void spreadsheetManifestWithSemicolonsBomAndWindows1252IsRead() {
        byte[] body = "file;date;title\r\nété.txt;2021-09;Réunion d’été\r\n".getBytes(Charset.forName("windows-1252"));
        Folders.write(dir, "manifest.csv", body);
        Folders.write(dir, "été.txt", "Titre\n\nTexte.");
        Article a = Folders.article(dir, "été.txt");
        assertThat(a.title()).isEqualTo("Réunion d’été");
        assertThat(a.published().date()).isEqualTo(PartialDate.parse("2021-09"));
    }

    @Test
    void manifestMayNameAFileWithoutItsExtension() {
        Folders.write(dir, "manifest.csv", "file,date\narticle,2022-02\n");
        Folders.write(dir, "article.txt", "Titre\n\nTexte.");
        assertThat(Folders.article(dir, "article.txt").published().date()).isEqualTo(PartialDate.parse("2022-02"));
    }

    @Test
    void manifestFilesThatDoNotExistAreReported() {
        Folders.write(dir, "manifest.csv", "file,date\nexiste.txt,2022\nabsent.txt,2022\n");
        Folders.write(dir, "existe.txt", "Texte.");
        assertThat(Folders.open(dir).manifestFilesNotFound()).containsExactly("absent.txt");
    }

    @Test
    void badDateNamesTheFileLineAndAcceptedForms() {
        Folders.write(dir, "manifest.csv", "file,date\na.txt,2022-01\nb.txt,15/06/2022\n");
        assertThatThrownBy(() -> InputFolder.open(dir, IngestOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("manifest.csv").hasMessageContaining("line 3")
                .hasMessageContaining("'15/06/2022' is not a date").hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void unknownColumnIsNamed() {
        Folders.write(dir, "manifest.csv", "file,titel\na.txt,x\n");
        assertThatThrownBy(() -> InputFolder.open(dir, IngestOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1").hasMessageContaining("unknown column 'titel'");
    }

    @Test
    void missingFileColumnIsAnError() {
        Folders.write(dir, "manifest.csv", "date,title\n2022,x\n");
        assertThatThrownBy(() -> InputFolder.open(dir, IngestOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no 'file' column");
    }

    @Test
    void wrongNumberOfFieldsIsAnError() {
        Folders.write(dir, "manifest.csv", "file,date,title\na.txt,2022,Un titre, avec virgule\n");
        assertThatThrownBy(() -> InputFolder.open(dir, IngestOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2").hasMessageContaining("expected 3 fields");
    }

    @Test
    void sameFileListedTwiceIsAnError() {
        Folders.write(dir, "manifest.csv", "file,date\na.txt,2022\n./a.txt,2023\n");
        assertThatThrownBy(() -> InputFolder.open(dir, IngestOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3").hasMessageContaining("already listed on line 2");
    }

    @Test
    void emptyFileNameIsAnError() {
        Folders.write(dir, "manifest.csv", "file,date\n,2022\n");
        assertThatThrownBy(() -> InputFolder.open(dir, IngestOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2").hasMessageContaining("file name is empty");
    }

    @Test
    void unbalancedQuoteIsAnErrorNamingTheManifest() {
        Folders.write(dir, "manifest.csv", "file,title\na.txt,\"pas fermé\n");
        assertThatThrownBy(() -> InputFolder.open(dir, IngestOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("manifest.csv");
    }

    @Test
    void folderWithoutManifestReadsNormally() throws IOException {
        Folders.write(dir, "a.txt", "Titre\n\nTexte.");
        assertThat(InputFolder.open(dir, IngestOptions.defaults()).manifestFilesNotFound()).isEmpty();
    }

    @Test
    void manifestLineOfAJsonLinesFileDatesItsUndatedRecordsAndKeepsTheirTitles() {
        Folders.write(dir, "manifest.csv", "file,date,title,source\nflux.jsonl,2022-03,Titre global,Agence\n");
        Folders.write(dir, "flux.jsonl", "{\"title\": \"Premier\", \"text\": \"Un.\"}\n"
                + "{\"title\": \"Second\", \"date\": \"2021-01-05\", \"text\": \"Deux.\"}\n");
        var results = Folders.open(dir).read("flux.jsonl");
        Article first = results.get(0).article();
        Article second = results.get(1).article();
        assertThat(first.title()).isEqualTo("Premier");
        assertThat(first.source()).isEqualTo("Agence");
        assertThat(first.published()).isEqualTo(ArticleDate.of(PartialDate.parse("2022-03"), DateSource.MANIFEST));
        assertThat(second.published()).isEqualTo(ArticleDate.of(PartialDate.parse("2021-01-05"), DateSource.HEADER));
    }

    @Test
    void decomposedAccentsInAFileNameMatchComposedOnesInTheManifestAndTheId() {
        String decomposed = "Pe\u0301kin.txt";
        Folders.write(dir, "manifest.csv", "file,date\nP\u00e9kin.txt,2022-12\n");
        Folders.write(dir, decomposed, "Titre\n\nTexte.");
        Article a = Folders.article(dir, Folders.open(dir).files().get(0));
        assertThat(a.id()).isEqualTo("P\u00e9kin");
        assertThat(a.published().date()).isEqualTo(PartialDate.parse("2022-12"));
        assertThat(Folders.open(dir).manifestFilesNotFound()).isEmpty();
    }
}
