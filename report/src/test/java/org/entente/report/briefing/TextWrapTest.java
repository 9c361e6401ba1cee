package org.entente.report.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class TextWrapTest {

    @Test
    void linesStayWithinTheWidthAndKeepEveryWordInOrder() throws IOException {
        try (PDDocument document = new PDDocument()) {
            TextStyle style = new TextStyle(BriefingFonts.embed(document).regular(), 10f, Color.BLACK);
            String text = BriefingFonts.printable(BriefingFixtures.MEETING_EVIDENCE);

            List<String> lines = TextWrap.lines(text, style, 150f);

            assertThat(lines).hasSizeGreaterThan(3).allSatisfy(line -> assertThat(style.width(line)).isLessThanOrEqualTo(150f));
            assertThat(String.join(" ", lines)).isEqualTo(text);
        }
    }

    @Test
    void aWordWiderThanTheLineIsCutAndNoBreakSpacesHoldGuillemetsToTheirWord() throws IOException {
        try (PDDocument document = new PDDocument()) {
            TextStyle style = new TextStyle(BriefingFonts.embed(document).regular(), 10f, Color.BLACK);

            List<String> cut = TextWrap.lines("a02_depeche_avec_un_identifiant_vraiment_tres_long_pour_une_colonne", style, 60f);
            assertThat(cut).hasSizeGreaterThan(1).allSatisfy(line -> assertThat(style.width(line)).isLessThanOrEqualTo(60f));
            assertThat(String.join("", cut)).isEqualTo("a02_depeche_avec_un_identifiant_vraiment_tres_long_pour_une_colonne");

            List<String> quoted = TextWrap.lines("il a parlé d’une \u00AB\u00A0affaire\u00A0\u00BB intérieure", style, 70f);
            assertThat(quoted).anyMatch(line -> line.contains("\u00AB\u00A0affaire\u00A0\u00BB"));
        }
    }

    @Test
    void printableTextCanAlwaysBeShownByTheEmbeddedFont() throws IOException {
        String hostile = "Ligne\nsuivante\tet \u00AB\u202Fguillemets\u202F\u00BB, \u4E60\u8FD1\u5E73, \uD83D\uDE00, "
            + "soft\u00ADhyphen, \u2019apostrophe \u2014 tiret \u2192 fl\u00E8che\u0007";
        String printable = BriefingFonts.printable(hostile);

        assertThat(printable).doesNotContain("\n", "\t", "\u00AD", "\u0007").contains("???", "\u2019apostrophe \u2014 tiret");
        try (PDDocument document = new PDDocument()) {
            BriefingFonts.PdfFonts fonts = BriefingFonts.embed(document);
            assertThatCode(() -> {
                fonts.regular().encode(printable);
                fonts.bold().encode(printable);
                fonts.italic().encode(printable);
            }).doesNotThrowAnyException();
        }
    }
}
