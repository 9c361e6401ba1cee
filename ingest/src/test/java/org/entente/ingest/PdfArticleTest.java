package org.entente.ingest;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

class PdfArticleTest {

    @TempDir
    Path dir;

    /**
     * A PDF whose pages hold the given lines, each page with the running header and a page number at
     * the bottom, as a browser prints an article. An empty line leaves a gap: a new paragraph.
     */
    static byte[] pdf(String title, Calendar created, List<List<String>> pages) throws IOException {
        return pdf(title, created, pages, true);
    }

    static byte[] pdf(String title, Calendar created, List<List<String>> pages, boolean runningHeader) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    if (runningHeader) {
                        write(s, font, 9, 50, 800, "La Gazette de l'Est - revue de presse du 12/09/2025");
                    }
                    float y = 760;
                    for (String line : pages.get(p)) {
                        if (line.isEmpty()) {
                            y -= 14;
                        } else {
                            write(s, font, 11, 50, y, line);
                        }
                        y -= 14;
                    }
                    write(s, font, 9, 280, 40, "Page " + (p + 1) + " sur " + pages.size());
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            if (title != null) {
                info.setTitle(title);
            }
            if (created != null) {
                info.setCreationDate(created);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void write(PDPageContentStream s, PDType1Font font, float size, float x, float y, String text) throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }

    @Test
    void pdfTextIsReadWithoutRunningHeadersAndPageNumbersAndWithHyphenationUndone() throws IOException {
        byte[] bytes = pdf(null, null, List.of(
                List.of("Pékin et Moscou renforcent leur coopé-", "ration énergétique",
                        "", "Publié le 2 septembre 2025",
                        "", "Le président chinois a reçu mardi son homologue russe pour un entretien",
                        "consacré aux relations sino-", "russes et aux livraisons de gaz vers",
                        "l'Asie."),
                List.of("Les deux dirigeants ont ensuite signé une déclaration commune.")));
        Folders.write(dir, "article.pdf", bytes);
        Article a = Folders.article(dir, "article.pdf");
        assertThat(a.title()).isEqualTo("Pékin et Moscou renforcent leur coopération énergétique");
        assertThat(a.text()).doesNotContain("Gazette", "Page 1", "Page 2");
        assertThat(a.text()).contains("Le président chinois a reçu mardi son homologue russe pour un entretien "
                + "consacré aux relations sino-russes et aux livraisons de gaz vers l'Asie.");
        assertThat(a.text()).endsWith("Les deux dirigeants ont ensuite signé une déclaration commune.");
        assertThat(a.published()).isEqualTo(ArticleDate.of(PartialDate.parse("2025-09-02"), DateSource.HEADER));
    }

    @Test
    void documentCreationDateDatesAPdfWithoutADateLine() throws IOException {
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("Europe/Paris"));
        created.clear();
        created.set(2024, Calendar.MARCH, 5, 23, 30);
        byte[] bytes = pdf("Une rencontre à Moscou", created, List.of(List.of(
                "Les ministres des Affaires étrangères se sont rencontrés à Moscou.")), false);
        Folders.write(dir, "note.pdf", bytes);
        Article a = Folders.article(dir, "note.pdf");
        assertThat(a.title()).isEqualTo("Une rencontre à Moscou");
        assertThat(a.published()).isEqualTo(ArticleDate.of(PartialDate.parse("2024-03-05"), DateSource.HEADER));
    }

    @Test
    void scannedPdfWithoutTextLayerIsRejected() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.drawImage(LosslessFactory.createFromImage(doc, scan), 50, 50, 400, 560);
            }
            doc.save(out);
            Folders.write(dir, "scan.pdf", out.toByteArray());
        }
        assertThat(Folders.readOne(dir, "scan.pdf").reason())
                .isEqualTo("no text layer: a scanned PDF (1 page of images); run text recognition (OCR) on it first");
    }

    @Test
    void encryptedCorruptAndOverlongPdfsAreRejectedWithTheirReason() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.protect(new StandardProtectionPolicy("proprio", "lecteur", new AccessPermission()));
            doc.save(out);
            Folders.write(dir, "secret.pdf", out.toByteArray());
        }
        byte[] good = pdf(null, null, List.of(List.of("Un texte.")));
        byte[] cut = java.util.Arrays.copyOf(good, 40);
        Folders.write(dir, "casse.pdf", cut);
        List<List<String>> many = List.of(List.of("Les deux présidents se sont parlé lundi."),
                List.of("Ils se sont revus mardi."), List.of("Une déclaration a suivi mercredi."),
                List.of("Le commerce a progressé jeudi."));
        Folders.write(dir, "long.pdf", pdf(null, null, many));
        assertThat(Folders.readOne(dir, "secret.pdf").reason())
                .isEqualTo("encrypted PDF: it needs a password to open; save a copy without protection");
        assertThat(Folders.readOne(dir, "casse.pdf").reason()).startsWith("not a readable PDF: ");
        InputFolder limited = InputFolder.open(dir, IngestOptions.builder().maxPdfPages(3).get());
        assertThat(limited.read("long.pdf").get(0).reason())
                .isEqualTo("longer than the 3-page limit for a PDF (4 pages): a report or a book, not an article");
        assertThat(Folders.readOne(dir, "long.pdf").isRejected()).isFalse();
    }

    @Test
    void sizeLimitAppliesToPdfsBeforeTheyAreOpened() throws IOException {
        Folders.write(dir, "gros.pdf", pdf(null, null, List.of(List.of("Un texte."))));
        InputFolder small = InputFolder.open(dir, IngestOptions.builder().maxFileBytes(100).get());
        assertThat(small.read("gros.pdf").get(0).reason()).startsWith("larger than the 100 bytes limit");
    }

    @Test
    void sentenceRunningOverAPageBreakIsOneParagraph() throws IOException {
        byte[] bytes = pdf(null, null, List.of(
                List.of("Un entretien au Kremlin", "", "Le ministre chinois a été reçu jeudi au Kremlin par le président",
                        "russe, qui a salué devant la presse la qualité des relations entre"),
                List.of("les deux pays et annoncé une visite à Pékin.", "", "Aucune date n'a été fixée.")));
        Folders.write(dir, "deux-pages.pdf", bytes);
        Article a = Folders.article(dir, "deux-pages.pdf");
        assertThat(a.text()).isEqualTo("Un entretien au Kremlin\n\n"
                + "Le ministre chinois a été reçu jeudi au Kremlin par le président russe, qui a salué devant la presse "
                + "la qualité des relations entre les deux pays et annoncé une visite à Pékin.\n\n"
                + "Aucune date n'a été fixée.");
    }

    @Test
    void twoColumnPageIsReadColumnByColumn() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            String[] left = {"Le président chinois a reçu", "jeudi son homologue russe", "au palais du peuple."};
            String[] right = {"Les deux dirigeants ont", "signé un accord sur", "le commerce du gaz."};
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                for (int i = 0; i < left.length; i++) {
                    write(s, font, 11, 50, 760 - 14 * i, left[i]);
                }
                for (int i = 0; i < right.length; i++) {
                    write(s, font, 11, 300, 760 - 14 * i, right[i]);
                }
            }
            doc.save(out);
            Folders.write(dir, "colonnes.pdf", out.toByteArray());
        }
        assertThat(Folders.article(dir, "colonnes.pdf").text()).isEqualTo(
                "Le président chinois a reçu jeudi son homologue russe au palais du peuple.\n\n"
                + "Les deux dirigeants ont signé un accord sur le commerce du gaz.");
    }
}
