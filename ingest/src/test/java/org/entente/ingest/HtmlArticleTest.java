package org.entente.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlArticleTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="fr">
            <head>
              <meta charset="utf-8">
              <title>Rencontre à Moscou | Le Journal Fictif</title>
              <meta property="og:title" content="Rencontre à Moscou entre diplomates">
              <meta property="og:site_name" content="Le Journal Fictif">
              <meta property="article:published_time" content="2023-02-22T09:15:00+01:00">
              <link rel="canonical" href="https://example.org/rencontre">
              <style>body { color: black; }</style>
              <script>var tracker = "Ne pas lire ce script";</script>
            </head>
            <body>
              <header><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav></header>
              <article>
                <h1>Rencontre à Moscou entre diplomates</h1>
                <p>Le chef de la diplomatie chinoise a été reçu <b>mercredi</b> au Kremlin.</p>
                <!-- commentaire de mise en page à ignorer -->
                <figure><img src="x.jpg"><figcaption>Photo : AFP via Getty Images</figcaption></figure>
                <p>Les deux parties ont salué   la qualité
                   de leurs échanges.</p>
                <div class="share-buttons">Partager sur les réseaux</div>
                <aside>Lire aussi : un autre article</aside>
              </article>
              <footer>© Le Journal Fictif, tous droits réservés</footer>
            </body>
            </html>
            """;

    @TempDir
    Path dir;

    @Test
    void articleTitleBodyAndPublishedDateAreReadWithoutThePageAroundThem() {
        Folders.write(dir, "page.html", PAGE);
        Article a = Folders.article(dir, "page.html");
        assertThat(a.id()).isEqualTo("page");
        assertThat(a.title()).isEqualTo("Rencontre à Moscou entre diplomates");
        assertThat(a.published()).isEqualTo(ArticleDate.of(PartialDate.parse("2023-02-22"), DateSource.HEADER));
        assertThat(a.source()).isEqualTo("Le Journal Fictif");
        assertThat(a.url()).isEqualTo("https://example.org/rencontre");
        assertThat(a.text()).isEqualTo("Rencontre à Moscou entre diplomates\n\n"
                + "Le chef de la diplomatie chinoise a été reçu mercredi au Kremlin.\n\n"
                + "Les deux parties ont salué la qualité de leurs échanges.");
    }

    @Test
    void timeElementGivesTheDateWhenThereIsNoMetaTag() {
        Folders.write(dir, "time.htm", "<html><head><title>Un appel</title></head><body>"
                + "<h1>Un appel entre les présidents</h1><p>Publié le <time datetime=\"2022-06-15\">15 juin</time></p>"
                + "<p>Les présidents se sont parlé au téléphone.</p></body></html>");
        Article a = Folders.article(dir, "time.htm");
        assertThat(a.title()).isEqualTo("Un appel entre les présidents");
        assertThat(a.published().date()).isEqualTo(PartialDate.parse("2022-06-15"));
        assertThat(a.text()).startsWith("Un appel entre les présidents\n\n").contains("se sont parlé au téléphone.");
    }

    @Test
    void pageTitleIsTheFallbackHeadline() {
        Folders.write(dir, "nu.html", "<html><head><title>Titre de la page</title></head>"
                + "<body><div>Un texte sans balise de paragraphe.<br>Une deuxième ligne.</div></body></html>");
        Article a = Folders.article(dir, "nu.html");
        assertThat(a.title()).isEqualTo("Titre de la page");
        assertThat(a.text()).isEqualTo("Titre de la page\n\nUn texte sans balise de paragraphe.\n\nUne deuxième ligne.");
        assertThat(a.published().isDated()).isFalse();
    }

    @Test
    void legacyEncodedPageIsDecoded() {
        String page = "<html><head><meta charset=\"windows-1252\"><title>Été diplomatique</title></head>"
                + "<body><p>Les délégations se sont réunies à Pékin pour évoquer l’énergie et la sécurité.</p></body></html>";
        Folders.write(dir, "ancien.html", page, Charset.forName("windows-1252"));
        Article a = Folders.article(dir, "ancien.html");
        assertThat(a.title()).isEqualTo("Été diplomatique");
        assertThat(a.text()).contains("délégations se sont réunies à Pékin pour évoquer l’énergie");
    }

    @Test
    void pageWithoutAnyTextIsRejected() {
        Folders.write(dir, "vide.html", "<html><head><script>var a = 1;</script></head><body><nav>Menu</nav></body></html>");
        IngestedFile result = Folders.readOne(dir, "vide.html");
        assertThat(result.isRejected()).isTrue();
        assertThat(result.reason()).startsWith("no article text");
    }

    @Test
    void jsonLdPublishedDateIsTheLastResort() {
        Folders.write(dir, "ld.html", "<html><head><title>T</title><script type=\"application/ld+json\">"
                + "{\"@type\": \"NewsArticle\", \"datePublished\": \"2021-11-30T18:00:00+03:00\"}</script></head>"
                + "<body><article><h1>Un titre</h1><p>Un paragraphe du corps.</p></article></body></html>");
        Article a = Folders.article(dir, "ld.html");
        assertThat(a.published().date()).isEqualTo(PartialDate.parse("2021-11-30"));
        assertThat(a.text()).isEqualTo("Un titre\n\nUn paragraphe du corps.");
    }

    @Test
    void longestArticleElementIsTheStoryNotATeaser() {
        Folders.write(dir, "teasers.html", "<html><body><article><p>Court résumé.</p></article>"
                + "<article><h1>Le vrai titre</h1><p>Le vrai article, nettement plus long que le résumé qui précède.</p>"
                + "</article></body></html>");
        Article a = Folders.article(dir, "teasers.html");
        assertThat(a.title()).isEqualTo("Le vrai titre");
        assertThat(a.text()).doesNotContain("Court résumé");
    }

    @Test
    void wrapperWhoseClassMentionsAdsIsNotRemovedWithTheArticle() {
        Folders.write(dir, "wrapper.html", "<html><head><title>Titre</title></head><body>"
                + "<div class=\"layout no-ads\"><p>Le corps de l'article, qui est dans un conteneur au nom trompeur.</p>"
                + "<div class=\"share\">Partager</div></div></body></html>");
        Article a = Folders.article(dir, "wrapper.html");
        assertThat(a.text()).isEqualTo("Titre\n\nLe corps de l'article, qui est dans un conteneur au nom trompeur.");
    }

    @Test
    void pageWithoutArticleElementKeepsOnlyItsMainColumn() {
        Folders.write(dir, "colonnes.html", """
                <html><head><title>Pékin et Moscou signent un accord gazier - L'Observateur fictif</title></head><body>
                <div id="top"><a href="/">L'Observateur</a> | <a href="/monde">Monde</a> | <a href="/abo">S'abonner</a></div>
                <div id="wrap">
                <div id="gauche"><h3>Les plus lus</h3><ul><li><a href="/a">Un sommet à Genève sans surprise pour les diplomates</a></li>
                <li><a href="/b">La Bourse de Paris termine la semaine en légère baisse</a></li></ul>
                <p>Recevez chaque matin notre lettre d'information gratuite en vous inscrivant sur notre site.</p></div>
                <div id="contenu"><h1>Pékin et Moscou signent un accord gazier</h1>
                <p>La Chine et la Russie ont signé mardi à Pékin un accord sur la livraison de gaz par un nouveau gazoduc, a annoncé le ministère chinois du Commerce dans un communiqué publié dans la soirée.</p>
                <p>Le texte prévoit des livraisons pendant trente ans, selon les deux gouvernements, qui n'ont pas précisé le prix retenu pour le gaz russe, un point longtemps discuté entre les deux capitales.</p>
                <p>Le président russe avait évoqué ce projet lors de sa dernière visite en Chine, où il s'était entretenu longuement avec son homologue chinois au sujet de l'énergie.</p></div>
                <div id="droite"><p>Vos réactions (12) : réagissez à cet article en vous connectant à votre compte lecteur.</p></div>
                </div>
                <div id="bas">Mentions légales - Contact - Plan du site</div>
                </body></html>""");
        Article a = Folders.article(dir, "colonnes.html");
        assertThat(a.title()).isEqualTo("Pékin et Moscou signent un accord gazier");
        assertThat(a.text()).startsWith("Pékin et Moscou signent un accord gazier\n\nLa Chine et la Russie ont signé mardi")
                .endsWith("au sujet de l'énergie.")
                .doesNotContain("Les plus lus", "Genève", "lettre d'information", "réactions", "Mentions légales", "S'abonner");
    }

    @Test
    void articleElementIsKeptWithoutTheReaderCommentsThatFollowIt() {
        String comment = "<div class=\"reaction\"><p>Je pense que cette conversation, comme les précédentes, ne changera rien, "
                + "car les deux pays ont déjà tout dit, et depuis longtemps, sur leurs intérêts, leurs désaccords.</p></div>";
        Folders.write(dir, "reactions.html", "<html><head><title>Appel</title></head><body>"
                + "<article><h1>Appel entre les présidents chinois et russe</h1>"
                + "<p>Les présidents chinois et russe se sont entretenus par téléphone jeudi, a indiqué le Kremlin.</p>"
                + "<p>Ils ont évoqué la situation internationale et leurs échanges commerciaux.</p></article>"
                + "<section id=\"lecteurs\"><h2>Réactions des lecteurs</h2>" + comment.repeat(4) + "</section></body></html>");
        Article a = Folders.article(dir, "reactions.html");
        assertThat(a.text()).isEqualTo("Appel entre les présidents chinois et russe\n\n"
                + "Les présidents chinois et russe se sont entretenus par téléphone jeudi, a indiqué le Kremlin.\n\n"
                + "Ils ont évoqué la situation internationale et leurs échanges commerciaux.");
    }
}
