package org.entente.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Europresse HTML exports and other files holding several stories, written in the export's structure. */
class EuropresseExportTest {

    @TempDir
    Path dir;

    /** One story of an export, as Europresse lays it out. */
    static String story(String outlet, String dateLine, String title, String author, String number, String... paragraphs) {
        StringBuilder text = new StringBuilder();
        for (String p : paragraphs) {
            text.append("<p>").append(p).append("</p>\n");
        }
        return """
                <article>
                <header>
                <div class="rdp__DocPublicationName"><span class="DocPublicationName">%s</span></div>
                <span class="DocHeader">%s</span>
                </header>
                <section>
                <div class="titreArticle"><p class="titreArticleVisu rdp__articletitle">%s</p></div>
                <div class="docAuthors">%s</div>
                <div class="docOcurrContainer"><div class="DocText clearfix">
                %s</div></div>
                </section>
                <footer>
                <div class="publiC-lblCopyright">© 2025 Droits réservés.</div>
                <div class="publiC-lblNodoc">%s</div>
                </footer>
                </article>
                """.formatted(outlet, dateLine, title, author, text, number);
    }

    static String export(String... stories) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Europresse.com</title></head><body>\n"
                + String.join("<br>\n", stories) + "</body></html>\n";
    }

    private static final String FIRST = story("La Gazette de l'Est, no. 1234", "International, mardi 2 septembre 2025, 420 mots",
            "Pékin et Moscou resserrent leurs liens", "Claire Martin",
            "news·20250902·GE·000111",
            "Le président chinois a reçu son homologue russe pour un long entretien au palais.",
            "Les deux dirigeants ont signé plusieurs accords sur l'énergie et les transports.");
    private static final String SECOND = story("Le Courrier du Matin", "Monde, vendredi 5 septembre 2025, 300 mots",
            "Un appel téléphonique entre ministres", "Paul Durand",
            "news·20250905·CM·000222",
            "Les ministres des Affaires étrangères se sont parlé au téléphone jeudi soir.");
    private static final String THIRD = story("L'Écho du Sud", "Économie, lundi 8 septembre 2025, 250 mots",
            "Des échanges commerciaux en hausse", "Anne Leroy",
            "news·20250908·ES·000333",
            "Le commerce entre les deux pays a progressé au cours de l'été, selon les douanes.");

    @Test
    void eachStoryOfAnExportIsAnArticleWithItsOwnTitleDateOutletAndAuthor() {
        Folders.write(dir, "export.html", export(FIRST, SECOND, THIRD));
        List<IngestedFile> read = Folders.open(dir).read("export.html");
        assertThat(read).hasSize(3).noneMatch(IngestedFile::isRejected);
        Article first = read.get(0).article();
        assertThat(first.id()).isEqualTo("export-1");
        assertThat(first.title()).isEqualTo("Pékin et Moscou resserrent leurs liens");
        assertThat(first.source()).isEqualTo("La Gazette de l'Est");
        assertThat(first.author()).isEqualTo("Claire Martin");
        assertThat(first.published()).isEqualTo(ArticleDate.of(PartialDate.parse("2025-09-02"), DateSource.HEADER));
        assertThat(first.text()).isEqualTo("Pékin et Moscou resserrent leurs liens\n\n"
                + "Le président chinois a reçu son homologue russe pour un long entretien au palais.\n\n"
                + "Les deux dirigeants ont signé plusieurs accords sur l'énergie et les transports.");
        assertThat(first.text()).doesNotContain("Claire Martin", "news·", "Droits réservés", "420 mots");
        assertThat(read.get(1).article().published().date()).isEqualTo(PartialDate.parse("2025-09-05"));
        assertThat(read.get(1).article().author()).isEqualTo("Paul Durand");
        assertThat(read.get(2).article().id()).isEqualTo("export-3");
        assertThat(read.get(2).article().source()).isEqualTo("L'Écho du Sud");
    }

    @Test
    void headerDateLineDatesAStoryWhoseDocumentNumberHasNoDate() {
        String story = story("Le Courrier du Matin", "Monde, jeudi 1er mai 2025, 300 mots", "Une visite à Moscou",
                "", "sans numéro", "Le ministre chinois de la Défense est arrivé à Moscou pour une visite de trois jours.");
        Folders.write(dir, "export.html", export(story, SECOND));
        List<IngestedFile> read = Folders.open(dir).read("export.html");
        assertThat(read.get(0).article().published())
                .isEqualTo(ArticleDate.of(PartialDate.parse("2025-05-01"), DateSource.HEADER));
        assertThat(read.get(0).article().author()).isEmpty();
    }

    @Test
    void truncatedExportKeepsTheCompleteStoriesAndRejectsTheCutOne() {
        String whole = export(FIRST, SECOND, THIRD);
        String cut = whole.substring(0, whole.indexOf("Le commerce entre les deux pays") + 30);
        Folders.write(dir, "export.html", cut);
        List<IngestedFile> read = Folders.open(dir).read("export.html");
        assertThat(read).hasSize(3);
        assertThat(read.get(0).isRejected()).isFalse();
        assertThat(read.get(1).isRejected()).isFalse();
        assertThat(read.get(2).isRejected()).isTrue();
        assertThat(read.get(2).id()).isEqualTo("export-3");
        assertThat(read.get(2).reason()).isEqualTo("article 3 of 3: the file ends inside it (no closing </article>), "
                + "so its text is incomplete; export it again to read it");
    }

    @Test
    void storyWithoutTextIsRejectedAndTheOthersAreKept() {
        String empty = story("Le Courrier du Matin", "Monde, jeudi 1er mai 2025", "Titre seul", "", "news·20250501·CM·1");
        Folders.write(dir, "export.html", export(FIRST, empty));
        List<IngestedFile> read = Folders.open(dir).read("export.html");
        assertThat(read.get(0).isRejected()).isFalse();
        assertThat(read.get(1).reason()).isEqualTo("article 2 of the Europresse export: no text (its div.DocText is missing or empty)");
    }

    @Test
    void pageOfSeveralFullStoriesGivesOneArticlePerStory() {
        String body = "Les deux délégations ont poursuivi leurs discussions pendant toute la journée, "
                + "en présence de nombreux conseillers et d'experts venus des deux capitales pour préparer "
                + "la déclaration commune attendue à la fin de la semaine. ";
        String page = """
                <html><head><meta property="og:site_name" content="Le Veilleur"></head><body>
                <article><h2><a href="https://exemple.fr/monde/2025/03/14/premiere">Première dépêche</a></h2>
                <time datetime="2025-03-14">14 mars</time><p class="byline">Léa Bernard</p><p>%s</p><p>%s</p></article>
                <article><h2>Seconde dépêche</h2><p>%s</p><p>%s</p></article>
                </body></html>""".formatted(body, body, body, body);
        Folders.write(dir, "revue.html", page);
        List<IngestedFile> read = Folders.open(dir).read("revue.html");
        assertThat(read).hasSize(2).noneMatch(IngestedFile::isRejected);
        Article first = read.get(0).article();
        assertThat(first.title()).isEqualTo("Première dépêche");
        assertThat(first.author()).isEqualTo("Léa Bernard");
        assertThat(first.url()).isEqualTo("https://exemple.fr/monde/2025/03/14/premiere");
        assertThat(first.published().date()).isEqualTo(PartialDate.parse("2025-03-14"));
        assertThat(first.source()).isEqualTo("Le Veilleur");
        assertThat(first.text()).startsWith("Première dépêche\n\nLes deux délégations").doesNotContain("Léa Bernard");
        assertThat(read.get(1).article().title()).isEqualTo("Seconde dépêche");
        assertThat(read.get(1).article().published().isDated()).isFalse();
    }
}
