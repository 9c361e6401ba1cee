package org.entente.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class FeedArticleTest {

    @TempDir
    Path dir;

    private static final String RSS_HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel>
            <title>La Gazette de l'Est</title>
            <link>https://gazette.example</link>
            <description>Actualités internationales</description>
            """;

    private static String item(String title, String pubDate, String description, String content) {
        return "<item><title>" + title + "</title><link>https://gazette.example/" + title.hashCode() + "</link>"
                + (pubDate == null ? "" : "<pubDate>" + pubDate + "</pubDate>")
                + (description == null ? "" : "<description>" + description + "</description>")
                + (content == null ? "" : "<content:encoded><![CDATA[" + content + "]]></content:encoded>")
                + "<dc:creator>Claire Martin</dc:creator></item>\n";
    }

    @Test
    void eachItemOfAnRssFeedIsAnArticleWithItsFullestTextAndThePublishersDay() {
        Folders.write(dir, "flux.rss", RSS_HEAD
                + item("Appel entre Pékin et Moscou", "Tue, 02 Sep 2025 23:30:00 +0200",
                "Un résumé court.", "<p>Les deux présidents se sont parlé mardi soir.</p><p>Ils ont évoqué le commerce.</p>")
                + item("Visite du ministre", "Wed, 03 Sep 2025 08:00:00 GMT",
                "Le ministre chinois est arrivé à Moscou &lt;b&gt;mercredi&lt;/b&gt;.", null)
                + "</channel></rss>");
        List<IngestedFile> read = Folders.open(dir).read("flux.rss");
        assertThat(read).hasSize(2).noneMatch(IngestedFile::isRejected);
        Article first = read.get(0).article();
        assertThat(first.id()).isEqualTo("flux-1");
        assertThat(first.title()).isEqualTo("Appel entre Pékin et Moscou");
        assertThat(first.text()).isEqualTo("Appel entre Pékin et Moscou\n\nLes deux présidents se sont parlé mardi soir.\n\n"
                + "Ils ont évoqué le commerce.");
        // 23:30 at +02:00 is the 2nd in Paris, though the 2nd at 21:30 UTC: the feed's own day is kept
        assertThat(first.published()).isEqualTo(ArticleDate.of(PartialDate.parse("2025-09-02"), DateSource.HEADER));
        assertThat(first.source()).isEqualTo("La Gazette de l'Est");
        assertThat(first.url()).startsWith("https://gazette.example/");
        assertThat(first.author()).isEqualTo("Claire Martin");
        Article second = read.get(1).article();
        assertThat(second.text()).isEqualTo("Visite du ministre\n\nLe ministre chinois est arrivé à Moscou mercredi.");
        assertThat(second.published().date()).isEqualTo(PartialDate.parse("2025-09-03"));
    }

    @Test
    void atomEntriesAreDatedByPublishedElseUpdated() {
        Folders.write(dir, "flux.atom", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Le Veilleur</title><id>urn:veilleur</id><updated>2025-09-04T10:00:00Z</updated>
                  <entry><title>Déclaration commune</title><id>urn:1</id>
                    <link rel="alternate" href="https://veilleur.example/declaration"/>
                    <updated>2025-09-04T09:00:00+03:00</updated>
                    <summary>Résumé.</summary>
                    <content type="html">&lt;p&gt;Les deux pays ont publié une déclaration commune sur la sécurité.&lt;/p&gt;</content>
                  </entry>
                  <entry><title>Entretien</title><id>urn:2</id><published>2025-08-30</published><updated>2025-09-01T00:00:00Z</updated>
                    <summary>Les ministres se sont entretenus à Pékin.</summary></entry>
                </feed>""");
        List<IngestedFile> read = Folders.open(dir).read("flux.atom");
        assertThat(read).hasSize(2).noneMatch(IngestedFile::isRejected);
        assertThat(read.get(0).article().text()).endsWith("Les deux pays ont publié une déclaration commune sur la sécurité.");
        assertThat(read.get(0).article().url()).isEqualTo("https://veilleur.example/declaration");
        assertThat(read.get(0).article().published().date()).isEqualTo(PartialDate.parse("2025-09-04"));
        assertThat(read.get(1).article().published().date()).isEqualTo(PartialDate.parse("2025-08-30"));
    }

    @Test
    void brokenItemIsRejectedAloneAndItsNeighboursAreRead() {
        Folders.write(dir, "flux.xml", RSS_HEAD
                + item("Premier", "Mon, 01 Sep 2025 10:00:00 +0200", "Les deux ministres se sont rencontrés lundi.", null)
                + "<item><title>Cassé</title><description>Un & non échappé</description></item>\n"
                + item("Troisième", "Wed, 03 Sep 2025 10:00:00 +0200", "Un appel a eu lieu mercredi.", null)
                + "</channel></rss>");
        List<IngestedFile> read = Folders.open(dir).read("flux.xml");
        assertThat(read).hasSize(3);
        assertThat(read.get(0).article().title()).isEqualTo("Premier");
        assertThat(read.get(1).isRejected()).isTrue();
        assertThat(read.get(1).id()).isEqualTo("flux-2");
        assertThat(read.get(1).reason()).startsWith("item 2: not well-formed XML (line ");
        assertThat(read.get(2).article().title()).isEqualTo("Troisième");
    }

    @Test
    void itemWithoutTextAndItemWithBadDateAreTreatedApart() {
        Folders.write(dir, "flux.rss", RSS_HEAD
                + item("Titre sans texte", "Mon, 01 Sep 2025 10:00:00 +0200", null, null)
                + item("Date illisible", "hier soir", "Les deux présidents ont échangé un message.", null)
                + "</channel></rss>");
        List<IngestedFile> read = Folders.open(dir).read("flux.rss");
        assertThat(read.get(0).reason())
                .isEqualTo("item 1: no article text (no content, description or summary), only the title \"Titre sans texte\"");
        assertThat(read.get(1).isRejected()).isFalse();
        assertThat(read.get(1).article().published().isDated()).isFalse();
        assertThat(read.get(1).note()).isEqualTo("item 2: the date 'hier soir' is not a date; kept undated");
    }

    @Test
    void feedCutOffInItsLastItemKeepsTheItemsBefore() {
        String whole = RSS_HEAD
                + item("Premier", "Mon, 01 Sep 2025 10:00:00 +0200", "Les deux ministres se sont rencontrés lundi.", null)
                + item("Second", "Tue, 02 Sep 2025 10:00:00 +0200", "Un long texte qui sera coupé en plein milieu.", null)
                + "</channel></rss>";
        Folders.write(dir, "flux.rss", whole.substring(0, whole.indexOf("coupé")));
        List<IngestedFile> read = Folders.open(dir).read("flux.rss");
        assertThat(read).hasSize(2);
        assertThat(read.get(0).article().title()).isEqualTo("Premier");
        assertThat(read.get(1).reason()).isEqualTo("item 2: the file ends inside it (no closing </item>), so its text is incomplete");
    }

    /**
     * Reads a hostile file and checks it took well under a second. A harmless feed is read first, so
     * that the time measured is the hostile file's, not the first loading of the XML parser's classes.
     */
    private List<IngestedFile> readWithin(String file, long millis) {
        Folders.write(dir, "tiede.rss", RSS_HEAD + item("Essai", null, "Un texte.", null) + "</channel></rss>");
        InputFolder folder = Folders.open(dir);
        folder.read("tiede.rss");
        long start = System.nanoTime();
        List<IngestedFile> read = folder.read(file);
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds to refuse " + file).isLessThan(millis);
        return read;
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void externalEntityPointingAtALocalFileIsRefusedAndNothingOfTheFileIsRead() throws Exception {
        Path secret = Files.writeString(dir.resolve(".secret"), "MOT-DE-PASSE-CONFIDENTIEL");
        Folders.write(dir, "flux.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY vol SYSTEM "%s">]>
                <rss version="2.0"><channel><title>T</title><link>https://x.example</link><description>d</description>
                <item><title>Fuite</title><description>Texte : &vol;</description></item></channel></rss>"""
                .formatted(secret.toUri()));
        List<IngestedFile> read = readWithin("flux.xml", 250);
        assertThat(read).hasSize(1);
        assertThat(read.get(0).isRejected()).isTrue();
        assertThat(read.get(0).reason()).startsWith("not read: it declares a DOCTYPE (line 2)");
        assertThat(read.get(0).reason()).doesNotContain("MOT-DE-PASSE");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void nestedEntityExpansionIsRefusedAtOnce() {
        StringBuilder entities = new StringBuilder("<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            String previous = i == 1 ? "lol" : "lol" + (i - 1);
            entities.append("<!ENTITY lol").append(i).append(" \"").append(("&" + previous + ";").repeat(10)).append("\">");
        }
        Folders.write(dir, "rires.rss", "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [" + entities + "]>\n"
                + "<rss version=\"2.0\"><channel><title>T</title><link>https://x.example</link><description>d</description>"
                + "<item><title>Rires</title><description>&lol9;</description></item></channel></rss>");
        List<IngestedFile> read = readWithin("rires.rss", 250);
        assertThat(read).hasSize(1);
        assertThat(read.get(0).reason()).startsWith("not read: it declares a DOCTYPE");
    }

    @Test
    void xmlThatIsNoFeedIsRejectedWithWhatItIs() {
        Folders.write(dir, "plan.xml", "<?xml version=\"1.0\"?><urlset><url><loc>https://x.example/</loc></url></urlset>");
        assertThat(Folders.readOne(dir, "plan.xml").reason())
                .isEqualTo("not a feed: no RSS or Atom in this XML (its root element is <urlset>)");
    }

    @Test
    void rssFileDeclaringLatin1IsDecodedAsDeclared() {
        Folders.write(dir, "flux.rss", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Écho</title><link>https://x.example</link><description>d</description><item><title>Été</title>"
                + "<description>Le président russe a été reçu à Pékin.</description></item></channel></rss>",
                java.nio.charset.Charset.forName("ISO-8859-1"));
        Article a = Folders.open(dir).read("flux.rss").get(0).article();
        assertThat(a.title()).isEqualTo("Été");
        assertThat(a.source()).isEqualTo("Écho");
    }
}
