package org.entente.report.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.entente.analyze.Direction;
import org.entente.analyze.Event;
import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;
import org.entente.analyze.MonthlyCount;
import org.entente.report.ArticleSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefingWriterTest {

    private static final LocalDate GENERATED = LocalDate.of(2023, 7, 2);

    @TempDir
    Path dir;

    private final List<Event> events = BriefingFixtures.events();
    private final List<ArticleSummary> articles = BriefingFixtures.articles();
    private final List<MonthlyCount> counts = BriefingFixtures.counts(events, articles);

    @Test
    void briefingStatesTheMonthsFiguresEvidenceAndChartsAsText() throws IOException {
        BriefingFiles files = BriefingWriter.write(dir, options(YearMonth.of(2023, 6), Language.EN), counts, events, articles);

        assertThat(files.pdf().getFileName()).hasToString("briefing-2023-06.pdf");
        String text = text(files.pdf());
        assertThat(text).contains("China–Russia relations", "Monthly briefing — June 2023");
        assertThat(text).contains("June 2023: 0 contacts, 1 meeting and 2 shared positions, that is 3 events in all.");
        // the table row: total 3, +2 against May's 1, and 7 events over the 11 months the data covers
        assertThat(text).contains("Total 3 +2 0.6", "Average (11 months)");
        assertThat(text).contains(BriefingFixtures.MEETING_EVIDENCE, "(article a02_depeche)");
        assertThat(text).contains("Ma Zhaoxu, Qin Gang (China) / Andrey Rudenko (Russia) · Pékin");
        assertThat(text).contains("Shared position (China → Russia)", "China / Russia");
        assertThat(text).contains("25 June 2023 · Meeting · 2 reports, 2 articles");
        // chart titles and axis labels are real text inside the vector charts
        assertThat(text).contains("China–Russia: events per month", "Shared positions by direction", "Most frequent participants");
        assertThat(text).contains("Qin Gang (China)");
        assertThat(text).contains("Planned events ahead", "October 2023 · Meeting – planned");
        assertThat(text).contains("a05_sans_date (a05_sans_date.txt) — no date in the header", "a06_vide (a06_vide.txt) — empty file");
        assertThat(text).contains("Files read: 12 — undated: 1 — rejected: 1 — events without a month: 1.");
        assertThat(text).contains("codebook section");
        assertThat(text).contains("generated on 2 July 2023", "Page 1 / ");
    }

    @Test
    void frenchBriefingUsesFrenchLabelsAndCountryNames() throws IOException {
        BriefingFiles files = BriefingWriter.write(dir, options(YearMonth.of(2023, 6), Language.FR), counts, events, articles);

        String text = text(files.pdf());
        assertThat(text).contains("Relations Chine–Russie", "Note mensuelle — juin 2023", "Chiffres clés",
            "Événements — juin 2023", "Qualité des données", "Méthode");
        assertThat(text).contains("Juin 2023 : 0 contacts, 1 rencontre et 2 positions communes, soit 3 événements au total.");
        assertThat(text).contains("Position commune (Chine → Russie)", "Chine / Russie");
        assertThat(text).contains("25 juin 2023 · Rencontre · 2 mentions, 2 articles");
        assertThat(text).contains(BriefingFixtures.SUPPORT_EVIDENCE);
        assertThat(text).contains("Moyenne (11 mois)", "0,6");
    }

    @Test
    void fontIsLiberationEmbeddedInPagesAndCharts() throws IOException {
        BriefingFiles files = BriefingWriter.write(dir, options(YearMonth.of(2023, 6), Language.EN), counts, events, articles);

        try (PDDocument pdf = Loader.loadPDF(files.pdf().toFile())) {
            Set<String> fonts = new HashSet<>();
            for (var page : pdf.getPages()) {
                collectFonts(page.getResources(), fonts);
            }
            assertThat(fonts).isNotEmpty().allSatisfy(name -> assertThat(name).contains("LiberationSans"));
            assertThat(fonts).anyMatch(name -> name.contains("Bold"));
        }
        assertThat(chartFontsOnFirstPage(files.pdf())).isNotEmpty().allSatisfy(name -> assertThat(name).contains("LiberationSans"));
    }

    @Test
    void chartsAreWrittenBesideThePdfAtPrintResolution() throws IOException {
        BriefingFiles files = BriefingWriter.write(dir, options(YearMonth.of(2023, 6), Language.EN), counts, events, articles);

        assertThat(files.charts()).extracting(p -> p.getFileName().toString()).containsExactly(
            "briefing-2023-06-counts.png", "briefing-2023-06-directions.png", "briefing-2023-06-participants.png");
        for (Path chart : files.charts()) {
            assertThat(chart.getParent()).isEqualTo(files.pdf().getParent());
            BufferedImage image = ImageIO.read(chart.toFile());
            // drawn at the PDF's text width (483 pt) at 300 dpi
            assertThat(image.getWidth()).isEqualTo(Math.round(483.28f * 300 / 72));
            assertThat(pixelsPerMetre(chart)).isEqualTo(11811); // 300 dpi
        }
        try (Stream<Path> all = Files.list(dir)) {
            assertThat(all.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void sameInputGivesTheSameBytes() throws IOException {
        Path first = Files.createDirectory(dir.resolve("first"));
        Path second = Files.createDirectory(dir.resolve("second"));
        BriefingFiles a = BriefingWriter.write(first, options(YearMonth.of(2023, 6), Language.FR), counts, events, articles);
        BriefingFiles b = BriefingWriter.write(second, options(YearMonth.of(2023, 6), Language.FR), counts, events, articles);

        assertThat(Files.readAllBytes(b.pdf())).isEqualTo(Files.readAllBytes(a.pdf()));
        for (int i = 0; i < a.charts().size(); i++) {
            assertThat(Files.readAllBytes(b.charts().get(i))).isEqualTo(Files.readAllBytes(a.charts().get(i)));
        }
    }

    @Test
    void monthWithoutEventsStillShowsTheTrendAndSaysNothingWasFound() throws IOException {
        BriefingFiles files = BriefingWriter.write(dir, options(YearMonth.of(2023, 7), Language.EN), counts, events, articles);

        String text = text(files.pdf());
        assertThat(text).contains("July 2023: no contact, meeting or shared position between China and Russia was counted.");
        assertThat(text).contains("No contact, meeting or shared position between China and Russia was found for July 2023");
        assertThat(text).contains("Total 0 −3", "China–Russia: events per month", "October 2023 · Meeting – planned");
        assertThat(files.charts()).hasSize(3).allSatisfy(p -> assertThat(p).isNotEmptyFile());
    }

    @Test
    void aMonthWithNoArticleSaysOnPageOneThatItsZerosMeasureTheCollection() throws IOException {
        BriefingFiles files = BriefingWriter.write(dir, options(YearMonth.of(2030, 1), Language.EN), counts, events, articles);

        String firstPage = firstPageText(files.pdf());
        assertThat(firstPage).contains("No article in the input was published in January 2030: the zeros in this"
            + " briefing measure the collection, not the relations.");
        assertThat(text(BriefingWriter.write(dir, options(YearMonth.of(2030, 1), Language.FR), counts, events, articles)
            .pdf())).contains("Aucun article du corpus n’a été publié en janvier 2030");
    }

    @Test
    void aMonthWithFarFewerArticlesThanUsualSaysSoOnPageOne() throws IOException {
        List<MonthlyCount> usual = new java.util.ArrayList<>();
        for (int m = 1; m <= 5; m++) {
            usual.add(new MonthlyCount("2023-0" + m, 1, 0, 0, 0, 40 + m));
        }
        usual.add(new MonthlyCount("2023-06", 0, 1, 0, 0, 9));

        String thin = firstPageText(BriefingWriter.write(dir, options(YearMonth.of(2023, 6), Language.EN), usual, events,
            articles).pdf());
        assertThat(thin).contains("Only 9 article(s) in the input were published in June 2023, under a quarter of the"
            + " usual 43 a month (the median of the other months)");

        usual.set(5, new MonthlyCount("2023-06", 0, 1, 0, 0, 11));
        String quarterOrMore = firstPageText(BriefingWriter.write(dir, options(YearMonth.of(2023, 6), Language.EN), usual,
            events, articles).pdf());
        assertThat(quarterOrMore).doesNotContain("Only 11 article").doesNotContain("measure the collection");
    }

    @Test
    void anOrdinaryMonthCarriesNoCollectionWarning() throws IOException {
        BriefingFiles files = BriefingWriter.write(dir, options(YearMonth.of(2023, 6), Language.EN), counts, events, articles);

        assertThat(text(files.pdf())).doesNotContain("measure the collection");
    }

    @Test
    void longEventListsContinueOnNewPages() throws IOException {
        List<Event> many = new ArrayList<>(events);
        for (int i = 1; i <= 60; i++) {
            many.add(BriefingFixtures.event(String.format("e-lot-%02d", i), EventType.SHARED_POSITION,
                EventStatus.OCCURRED, BriefingFixtures.day(2023, 6, 1 + i % 28), Direction.B_TO_A, List.of(),
                List.of("Maria Zakharova"), "", BriefingFixtures.mention(String.format("b%02d_point_presse", i), 3,
                    "La porte-parole russe a réaffirmé le " + (1 + i % 28) + " juin que Moscou soutenait le principe "
                        + "d’une seule Chine, déclaration n° " + i + ".")));
        }

        BriefingFiles files = BriefingWriter.write(dir, options(YearMonth.of(2023, 6), Language.EN),
            BriefingFixtures.counts(many, articles), many, articles);

        try (PDDocument pdf = Loader.loadPDF(files.pdf().toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(5);
            String text = normalised(new PDFTextStripper().getText(pdf));
            assertThat(text).contains("déclaration n° 1.", "déclaration n° 60.", "Russia → China",
                "Page " + pdf.getNumberOfPages() + " / " + pdf.getNumberOfPages());
        }
    }

    @Test
    void charactersTheFontLacksAndOtherDyadsStillGiveABriefing() throws IOException {
        Event odd = BriefingFixtures.event("e-odd", EventType.MEETING, EventStatus.OCCURRED,
            BriefingFixtures.day(2023, 6, 9), null, List.of("Antony Blinken"), List.of(), "Pékin",
            BriefingFixtures.mention("c01_visite", 2, "Antony Blinken a rencontré à Pékin \u4E60\u8FD1\u5E73,\n"
                + "une visite qualifiée de « franche » par les deux parties."));
        Event usa = new Event(odd.id(), odd.type(), odd.status(), odd.date(), "USA", "CHN", odd.participantsA(),
            odd.participantsB(), null, odd.location(), odd.mentions(), odd.evidence());
        BriefingOptions options = BriefingOptions.builder().month(YearMonth.of(2023, 6))
            .dyad(org.entente.analyze.Dyad.parse("USA,CHN")).language(Language.FR).chartWindowMonths(120)
            .generatedOn(GENERATED).get();

        BriefingFiles files = BriefingWriter.write(dir, options, BriefingFixtures.counts(List.of(usa), articles),
            List.of(usa), articles);

        String text = text(files.pdf());
        assertThat(text).contains("Relations États-Unis–Chine", "Antony Blinken (États-Unis) / Chine · Pékin",
            "rencontré à Pékin ???, une visite qualifiée de « franche »");
        // 120 months are labelled every fourth month back from the report month, the others print nothing;
        // the text extractor splits rotated labels into pieces, hence the spaces removed
        assertThat(text.replace(" ", "")).contains("2023-02", "2022-10", "2013-10").doesNotContain("2023-05", "2023-04");
    }

    @Test
    void longDataQualityListsAreCutWithAPointerToTheCsv() throws IOException {
        List<ArticleSummary> many = new ArrayList<>(articles);
        for (int i = 1; i <= BriefingDocument.LIST_LIMIT + 5; i++) {
            many.add(new ArticleSummary(String.format("z%03d_illisible", i), String.format("z%03d_illisible.pdf", i), "",
                org.entente.ingest.ArticleDate.UNDATED, org.entente.ingest.FileStatus.REJECTED,
                "not a text file (PDF)", 0));
        }

        BriefingFiles files = BriefingWriter.write(dir, options(YearMonth.of(2023, 6), Language.EN), counts, events, many);

        String text = text(files.pdf());
        assertThat(text).contains("rejected: " + (BriefingDocument.LIST_LIMIT + 6), "z001_illisible", "… and 6 more (see articles.csv).")
            .doesNotContain("z045_illisible");
    }

    @Test
    void firstPageRendersForAPersonToLookAt() throws IOException {
        BriefingFiles files = BriefingWriter.write(dir, options(YearMonth.of(2023, 6), Language.EN), counts, events, articles);

        try (PDDocument pdf = Loader.loadPDF(files.pdf().toFile())) {
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 100, ImageType.RGB);
            Path target = Path.of("target");
            Files.createDirectories(target);
            ImageIO.write(page, "png", target.resolve("briefing-page1.png").toFile());
            for (int i = 1; i < pdf.getNumberOfPages(); i++) {
                ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(i, 100, ImageType.RGB), "png",
                    target.resolve("briefing-page" + (i + 1) + ".png").toFile());
            }
            assertThat(page.getWidth()).isBetween(826, 827); // A4 at 100 dpi
            assertThat(darkPixelShare(page)).isBetween(0.01, 0.5);
        }
        BriefingFiles french = BriefingWriter.write(dir.resolve("fr"), options(YearMonth.of(2023, 7), Language.FR),
            counts, events, articles);
        try (PDDocument pdf = Loader.loadPDF(french.pdf().toFile())) {
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 100, ImageType.RGB);
            ImageIO.write(page, "png", Path.of("target", "briefing-fr-no-event-page1.png").toFile());
            assertThat(darkPixelShare(page)).isBetween(0.01, 0.5);
        }
    }

    private static BriefingOptions options(YearMonth month, Language language) {
        return BriefingOptions.builder().month(month).language(language).generatedOn(GENERATED).get();
    }

    private static String firstPageText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            return normalised(stripper.getText(document));
        }
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return normalised(new PDFTextStripper().getText(document));
        }
    }

    /** Lines joined and no-break spaces made plain, so that a wrapped sentence reads as one. */
    private static String normalised(String text) {
        return text.replace('\u00A0', ' ').replaceAll("\\s+", " ");
    }

    private static void collectFonts(PDResources resources, Set<String> names) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
            names.add(font.getName());
        }
    }

    private static Set<String> chartFontsOnFirstPage(Path file) throws IOException {
        Set<String> names = new HashSet<>();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDResources resources = pdf.getPage(0).getResources();
            for (COSName name : resources.getXObjectNames()) {
                PDXObject object = resources.getXObject(name);
                if (object instanceof PDFormXObject form) {
                    collectFonts(form.getResources(), names);
                }
            }
        }
        return names;
    }

    /** The horizontal resolution in the PNG's pHYs chunk. */
    private static int pixelsPerMetre(Path png) throws IOException {
        try (var in = ImageIO.createImageInputStream(png.toFile())) {
            var reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            var metadata = (javax.imageio.metadata.IIOMetadataNode) reader.getImageMetadata(0)
                .getAsTree("javax_imageio_png_1.0");
            var physical = (javax.imageio.metadata.IIOMetadataNode) metadata.getElementsByTagName("pHYs").item(0);
            reader.dispose();
            return Integer.parseInt(physical.getAttribute("pixelsPerUnitXAxis"));
        }
    }

    private static double darkPixelShare(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
                dark += grey < 200 ? 1 : 0;
            }
        }
        return dark / (double) ((image.getWidth() / 2) * (image.getHeight() / 2));
    }
}
