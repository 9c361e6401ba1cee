package org.entente.ingest;

import org.entente.ingest.read.UrlDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class UrlDateTest {

    @TempDir
    Path dir;

    @Test
    void dayInTheAddressPathIsFoundInTheUsualShapes() {
        assertThat(UrlDate.of("https://www.exemple.fr/international/article/2025/09/02/pekin-et-moscou_123.html"))
                .contains(PartialDate.parse("2025-09-02"));
        assertThat(UrlDate.of("https://exemple.fr/monde/20250401/visite-a-moscou")).contains(PartialDate.parse("2025-04-01"));
        assertThat(UrlDate.of("https://exemple.fr/asie/sommet-de-shanghai-2023-08-14")).contains(PartialDate.parse("2023-08-14"));
        assertThat(UrlDate.of("https://exemple.fr/asie/sommet-2023-08-14.html")).contains(PartialDate.parse("2023-08-14"));
    }

    @Test
    void numbersThatAreNoDayOrNotInThePathDateNothing() {
        assertThat(UrlDate.of("https://exemple.fr/article/20251399/texte")).isEmpty();
        assertThat(UrlDate.of("https://exemple.fr/article?date=2025/09/02")).isEmpty();
        assertThat(UrlDate.of("https://exemple.fr/article/123456789")).isEmpty();
        assertThat(UrlDate.of("https://exemple.fr/1789/07/14/prise-de-la-bastille")).isEmpty();
        assertThat(UrlDate.of("")).isEqualTo(Optional.empty());
    }

    @Test
    void pageWithoutDateIsDatedByItsCanonicalAddress() {
        Folders.write(dir, "page.html", """
                <html><head><link rel="canonical" href="https://exemple.fr/monde/2025/09/02/entretien"></head>
                <body><article><h1>Un entretien au Kremlin</h1><p>Le ministre chinois a été reçu par le président russe.</p></article></body></html>""");
        Article a = Folders.article(dir, "page.html");
        assertThat(a.published()).isEqualTo(ArticleDate.of(PartialDate.parse("2025-09-02"), DateSource.URL));
        assertThat(DateSource.URL.label()).isEqualTo("url");
    }

    @Test
    void jsonRecordIsDatedByItsUrlButItsOwnDateWins() {
        Folders.write(dir, "a.json", """
                {"text": "Les deux ministres se sont parlé au téléphone.", "url": "https://exemple.fr/20250401/appel"}""");
        Folders.write(dir, "b.json", """
                {"text": "Les deux ministres se sont vus à Pékin.", "date": "2025-04-03", "url": "https://exemple.fr/20250401/visite"}""");
        assertThat(Folders.article(dir, "a.json").published())
                .isEqualTo(ArticleDate.of(PartialDate.parse("2025-04-01"), DateSource.URL));
        assertThat(Folders.article(dir, "b.json").published())
                .isEqualTo(ArticleDate.of(PartialDate.parse("2025-04-03"), DateSource.HEADER));
    }

    @Test
    void manifestAddressDatesAnUndatedTextFile() {
        Folders.write(dir, "manifest.csv", "file,url\nnote.txt,https://exemple.fr/2024/11/05/note\n");
        Folders.write(dir, "note.txt", "Une note sans date\n\nLe texte ne dit pas quand il a paru.\n");
        assertThat(Folders.article(dir, "note.txt").published())
                .isEqualTo(ArticleDate.of(PartialDate.parse("2024-11-05"), DateSource.URL));
    }

    @Test
    void datelineWithoutYearTakesItsYearFromTheAddress() {
        Folders.write(dir, "a.json", """
                {"text": "MOSCOU, 30 décembre (Reuters) - Les deux présidents ont échangé des vœux.", "url": "https://exemple.fr/2024/01/02/voeux"}""");
        assertThat(Folders.article(dir, "a.json").published())
                .isEqualTo(ArticleDate.of(PartialDate.parse("2023-12-30"), DateSource.DATELINE));
    }
}
