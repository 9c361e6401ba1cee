package org.entente.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonArticleTest {

    @TempDir
    Path dir;

    @Test
    void jsonObjectGivesOneArticleWithItsFields() {
        Folders.write(dir, "un.json", """
                {"id": "dep-17", "date": "2023-07", "title": "Exercices navals communs",
                 "text": "Les marines des deux pays ont mené des manœuvres.\\n\\nElles ont duré une semaine.",
                 "url": "https://example.org/dep-17", "source": "Agence test"}
                """);
        Article a = Folders.article(dir, "un.json");
        assertThat(a.id()).isEqualTo("dep-17");
        assertThat(a.file()).isEqualTo("un.json");
        assertThat(a.title()).isEqualTo("Exercices navals communs");
        assertThat(a.published()).isEqualTo(ArticleDate.of(PartialDate.parse("2023-07"), DateSource.HEADER));
        assertThat(a.text()).isEqualTo("Exercices navals communs\n\nLes marines des deux pays ont mené des manœuvres."
                + "\n\nElles ont duré une semaine.");
        assertThat(a.source()).isEqualTo("Agence test");
        assertThat(a.url()).isEqualTo("https://example.org/dep-17");
    }

    @Test
    void jsonWithoutIdTakesTheFileId() {
        Folders.write(dir, "sub/deux.json", "{\"text\": \"Un texte sans titre ni date.\"}");
        Article a = Folders.article(dir, "sub/deux.json");
        assertThat(a.id()).isEqualTo("sub/deux");
        assertThat(a.title()).isEqualTo("Un texte sans titre ni date.");
        assertThat(a.published().isDated()).isFalse();
    }

    @Test
    void jsonLinesGiveOneResultPerLineAndABadLineIsRejectedAlone() {
        Folders.write(dir, "flux.jsonl", """
                {"id": "a1", "date": "2023-01-10", "title": "Premier", "text": "Le premier texte du flux."}
                {"title": "Deuxième", "text": "Le deuxième texte, sans identifiant."}

                {"id": "a3", "text": 
                {"id": "a4", "title": "Sans texte"}
                {"id": "a5", "date": "2023-01-12T08:00:00Z", "text": "Le cinquième texte du flux."}
                """);
        List<IngestedFile> results = Folders.open(dir).read("flux.jsonl");
        assertThat(results).extracting(IngestedFile::id).containsExactly("a1", "flux-2", "flux-4", "a4", "a5");
        assertThat(results.get(0).article().published().date()).isEqualTo(PartialDate.parse("2023-01-10"));
        assertThat(results.get(1).article().title()).isEqualTo("Deuxième");
        assertThat(results.get(2).isRejected()).isTrue();
        assertThat(results.get(2).reason()).startsWith("line 4: not valid JSON at column ");
        assertThat(results.get(3).reason()).isEqualTo("line 5: no article text: no \"text\" field (fields present: id, title)");
        assertThat(results.get(4).article().published().date()).isEqualTo(PartialDate.parse("2023-01-12"));
        assertThat(results).extracting(IngestedFile::file).containsOnly("flux.jsonl");
    }

    @Test
    void malformedJsonFileIsRejectedWithWhereItBreaks() {
        Folders.write(dir, "casse.json", "{\"title\": \"x\",\n \"text\": }");
        IngestedFile result = Folders.readOne(dir, "casse.json");
        assertThat(result.isRejected()).isTrue();
        assertThat(result.reason()).startsWith("not valid JSON at line 2");
    }

    @Test
    void jsonThatIsNotAnObjectIsRejected() {
        Folders.write(dir, "nombre.json", "42");
        assertThat(Folders.readOne(dir, "nombre.json").reason())
                .isEqualTo("not an article: expected a JSON object with a \"text\" field, found number");
    }

    @Test
    void jsonArrayIsReadElementByElement() {
        Folders.write(dir, "liste.json", "[{\"text\": \"Premier élément.\"}, {\"id\": \"x\", \"text\": \"Second élément.\"}]");
        List<IngestedFile> results = Folders.open(dir).read("liste.json");
        assertThat(results).extracting(IngestedFile::id).containsExactly("liste-1", "x");
        assertThat(results).allSatisfy(r -> assertThat(r.isRejected()).isFalse());
    }

    @Test
    void textStoredWithHtmlMarkupIsReadAsParagraphs() {
        Folders.write(dir, "balises.json", "{\"title\": \"Titre\\n sur deux lignes\", "
                + "\"text\": \"<p>Premier paragraphe.</p><p>Second <b>paragraphe</b>.</p><script>x()</script>\"}");
        Article a = Folders.article(dir, "balises.json");
        assertThat(a.title()).isEqualTo("Titre sur deux lignes");
        assertThat(a.text()).isEqualTo("Titre sur deux lignes\n\nPremier paragraphe.\n\nSecond paragraphe.");
    }

    @Test
    void plainTextWithAnAngleBracketIsNotTakenForHtml() {
        Folders.write(dir, "signe.json", "{\"text\": \"Un écart <5 % entre les deux pays.\"}");
        assertThat(Folders.article(dir, "signe.json").text()).isEqualTo("Un écart <5 % entre les deux pays.");
    }
}
