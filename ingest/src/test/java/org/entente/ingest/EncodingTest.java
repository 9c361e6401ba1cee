package org.entente.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EncodingTest {

    /** Accents, ligature-free French with the characters legacy encodings get wrong. */
    private static final String ARTICLE = " date 2023-04 Échanges à Pékin : où en est la coopération ?\n\n"
            + "Le ministre s’est rendu à Pékin où il a évoqué « une coopération élargie » avec ses hôtes. "
            + "Les deux délégations ont également abordé l’énergie, le blé et la sécurité régionale. "
            + "Après trois jours de discussions, un communiqué a été publié à la mi-journée.\n";

    @TempDir
    Path dir;

    @Test
    void utf8WithoutBomIsRead() {
        Folders.write(dir, "a.txt", ARTICLE, StandardCharsets.UTF_8);
        assertReadsAsWritten("a.txt");
    }

    @Test
    void utf8WithBomIsReadAndTheBomIsNotPartOfTheText() {
        byte[] body = ARTICLE.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Folders.write(dir, "bom.txt", bytes);
        assertReadsAsWritten("bom.txt");
        assertThat(Folders.article(dir, "bom.txt").text()).doesNotContain("\uFEFF");
    }

    @Test
    void utf16LittleEndianWithBomIsRead() {
        Folders.write(dir, "le.txt", "\uFEFF" + ARTICLE, StandardCharsets.UTF_16LE);
        assertReadsAsWritten("le.txt");
    }

    @Test
    void utf16BigEndianWithBomIsRead() {
        Folders.write(dir, "be.txt", "\uFEFF" + ARTICLE, StandardCharsets.UTF_16BE);
        assertReadsAsWritten("be.txt");
    }

    @Test
    void windows1252IsDetectedWithItsCurlyApostrophes() {
        Folders.write(dir, "cp.txt", ARTICLE, Charset.forName("windows-1252"));
        assertReadsAsWritten("cp.txt");
    }

    @Test
    void iso88591IsDetected() {
        String latin1 = ARTICLE.replace('’', '\'');
        Folders.write(dir, "latin1.txt", latin1, StandardCharsets.ISO_8859_1);
        Article a = Folders.article(dir, "latin1.txt");
        assertThat(a.title()).isEqualTo("Échanges à Pékin : où en est la coopération ?");
        assertThat(a.text()).contains("« une coopération élargie »").contains("s'est rendu");
    }

    @Test
    void sameArticleInUtf8AndWindows1252IsOneText() {
        Folders.write(dir, "utf8.txt", ARTICLE, StandardCharsets.UTF_8);
        Folders.write(dir, "legacy.txt", ARTICLE, Charset.forName("windows-1252"));
        InputFolder folder = Folders.open(dir);
        DuplicateTracker tracker = new DuplicateTracker();
        IngestedFile first = tracker.check(folder.read("legacy.txt").get(0));
        IngestedFile second = tracker.check(folder.read("utf8.txt").get(0));
        assertThat(first.isRejected()).isFalse();
        assertThat(second.isRejected()).isTrue();
        assertThat(second.reason()).isEqualTo("duplicate of legacy.txt: same text");
    }

    @Test
    void fileWithNulBytesIsRejectedAsBinary() {
        byte[] bytes = {'P', 'K', 3, 4, 0, 0, 0, 8, 0, 0, 'x', 'y', (byte) 0x9C, 0, 1, 2, 3};
        Folders.write(dir, "archive.txt", bytes);
        IngestedFile result = Folders.readOne(dir, "archive.txt");
        assertThat(result.isRejected()).isTrue();
        assertThat(result.reason()).startsWith("binary file");
    }

    @Test
    void bytesThatFitNoEncodingAreRejectedNotGarbled() {
        byte[] bytes = new byte[64];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 2 == 0 ? 0x81 : 0x8D); // undefined in windows-1252 and never valid UTF-8
        }
        Folders.write(dir, "bruit.txt", bytes);
        IngestedFile result = Folders.readOne(dir, "bruit.txt");
        assertThat(result.isRejected()).isTrue();
        assertThat(result.reason()).satisfiesAnyOf(
                r -> assertThat(r).startsWith("cannot be decoded"),
                r -> assertThat(r).startsWith("binary file"));
    }

    private void assertReadsAsWritten(String file) {
        Article a = Folders.article(dir, file);
        assertThat(a.title()).isEqualTo("Échanges à Pékin : où en est la coopération ?");
        assertThat(a.text()).contains("s’est rendu à Pékin où il a évoqué « une coopération élargie »")
                .contains("l’énergie, le blé et la sécurité régionale")
                .doesNotContain("\uFFFD");
        assertThat(a.published().date()).isEqualTo(PartialDate.parse("2023-04"));
    }
}
