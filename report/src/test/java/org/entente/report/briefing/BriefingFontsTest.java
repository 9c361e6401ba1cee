package org.entente.report.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class BriefingFontsTest {

    private static final String FRENCH = "« Pékin–Moscou » : l’œuvre efficace d’Ouchakov — 12 000 € à Noël, ÇA ÉTÉ fi ffl";

    @Test
    void theEmbeddedFacesShowFrenchTextCharacterByCharacterWithoutGlyphSubstitution() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            BriefingFonts.PdfFonts fonts = BriefingFonts.embed(document);
            // PDFBox compiled the faces' substitutions (tone letters only) into a regular expression for every word
            assertThat(fonts.regular().getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
            assertThat(fonts.bold().getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
            assertThat(fonts.italic().getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(fonts.regular(), 10);
                text.newLineAtOffset(50, 700);
                text.showText(FRENCH);
                text.setFont(fonts.bold(), 10);
                text.newLineAtOffset(0, -20);
                text.showText(FRENCH);
                text.endText();
            }
            document.save(pdf);
        }

        try (PDDocument read = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(new PDFTextStripper().getText(read).lines().toList()).containsExactly(FRENCH, FRENCH);
        }
    }
}
