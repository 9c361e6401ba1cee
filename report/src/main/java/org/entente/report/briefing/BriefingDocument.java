package org.entente.report.briefing;

import java.awt.Color;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.entente.analyze.Event;
import org.entente.report.ArticleSummary;

/** Lays out the briefing's sections, in order, onto the pages of a PDF document. */
final class BriefingDocument {

    /** Longer lists are cut with a pointer to the CSV file that has them all, so a huge run keeps a short briefing. */
    static final int LIST_LIMIT = 40;

    private static final Color NAVY = new Color(0x1F2A44);
    private static final Color INK = new Color(0x222222);
    private static final Color GREY = new Color(0x5A5F66);
    private static final Color LIGHT = new Color(0xB8BEC6);

    private final BriefingOptions options;
    private final BriefingFacts facts;
    private final Labels labels;
    private final EventText words;
    private final PageFlow flow;
    private final String countryA;
    private final String countryB;

    private final TextStyle title;
    private final TextStyle subtitle;
    private final TextStyle heading;
    private final TextStyle subheading;
    private final TextStyle body;
    private final TextStyle bold;
    private final TextStyle small;
    private final TextStyle evidence;
    private final TextStyle tableHead;

    private BriefingDocument(PDDocument document, BriefingFonts.PdfFonts fonts, BriefingOptions options,
                             BriefingFacts facts, Labels labels) {
        this.options = options;
        this.facts = facts;
        this.labels = labels;
        this.words = new EventText(labels, options.dyad());
        this.flow = new PageFlow(document);
        this.countryA = CountryNames.name(options.dyad().sideA(), labels.language());
        this.countryB = CountryNames.name(options.dyad().sideB(), labels.language());
        this.title = new TextStyle(fonts.bold(), 20f, NAVY);
        this.subtitle = new TextStyle(fonts.regular(), 13f, GREY);
        this.heading = new TextStyle(fonts.bold(), 13f, NAVY);
        this.subheading = new TextStyle(fonts.bold(), 10.5f, INK);
        this.body = new TextStyle(fonts.regular(), 10f, INK);
        this.bold = new TextStyle(fonts.bold(), 10f, INK);
        this.small = new TextStyle(fonts.regular(), 8.5f, GREY);
        this.evidence = new TextStyle(fonts.italic(), 9.5f, GREY);
        this.tableHead = new TextStyle(fonts.bold(), 8.5f, GREY);
    }

    /** A chart already drawn into the document, with its size in points. */
    record DrawnChart(PDFormXObject form, float width, float height) {
    }

    /** Writes every section and the footers; returns the number of pages. */
    static int lay(PDDocument document, BriefingFonts.PdfFonts fonts, BriefingOptions options, BriefingFacts facts,
                   Labels labels, List<DrawnChart> charts) throws IOException {
        BriefingDocument layout = new BriefingDocument(document, fonts, options, facts, labels);
        layout.titleBlock();
        layout.keyFigures();
        layout.trend(charts);
        layout.monthEvents();
        layout.planned();
        layout.dataQuality();
        layout.method();
        layout.flow.finish(new TextStyle(fonts.regular(), 8f, GREY), layout.footer(), labels.get("footer.page"));
        return layout.flow.pageCount();
    }

    private void titleBlock() throws IOException {
        flow.paragraph(title, 0, labels.format("title", countryA, countryB));
        flow.space(2);
        flow.paragraph(subtitle, 0, labels.format("subtitle", words.month(options.month())));
        flow.space(4);
        String coverage = facts.firstMonth().isPresent()
            ? labels.format("intro.coverage", facts.articlesRead(), facts.firstMonth().get().toString(),
                facts.lastMonth().get().toString())
            : labels.format("intro.coverage.empty", facts.articlesRead());
        flow.paragraph(small, 0, coverage);
        // said on page 1, above the figures, because zeros from a collection that stopped look like a quiet month
        Optional<CollectionGap> gap = CollectionGap.of(options.month(), facts.countsByMonth().values());
        if (gap.isPresent()) {
            flow.space(4);
            String month = words.month(options.month());
            flow.paragraph(bold, 0, gap.get().empty()
                ? labels.format("warning.no_articles", month)
                : labels.format("warning.few_articles", month, gap.get().articles(), gap.get().usual().getAsInt()));
        }
        flow.space(2);
        flow.rule(LIGHT);
    }

    private void keyFigures() throws IOException {
        section(labels.get("section.figures"), 120);
        KeyFigures figures = facts.figures();
        flow.paragraph(body, 0, summary(figures));
        if (facts.monthArticles() > 0) {
            // beside the articles, because one wire story republished by ten outlets is one piece of news, not ten
            flow.space(2);
            flow.paragraph(small, 0, labels.format("figures.stories", capitalised(words.month(options.month())),
                facts.monthArticles(), facts.monthStories()));
        }
        flow.space(6);

        float[] widths = {180f, 85f, 115f, 103f};
        boolean[] right = {false, true, true, true};
        YearMonth month = options.month();
        String averageHeader = figures.averageMonths() == KeyFigures.AVERAGE_MONTHS
            ? labels.get("table.average")
            : labels.format("table.average.partial", figures.averageMonths());
        flow.row(tableHead, widths, right, "", words.month(month),
            labels.format("table.change", words.month(month.minusMonths(1))), averageHeader);
        flow.rule(LIGHT);
        for (Figure figure : Figure.values()) {
            TextStyle style = figure == Figure.TOTAL ? bold : body;
            flow.row(style, widths, right, labels.get(figure.labelKey()), Integer.toString(figures.value(figure)),
                change(figures.change(figure)), average(figures.average(figure)));
        }
        flow.rule(LIGHT);
        flow.paragraph(small, 0, labels.get("figures.note"));
    }

    private String summary(KeyFigures figures) {
        String month = capitalised(words.month(options.month()));
        if (figures.value(Figure.TOTAL) == 0) {
            return labels.format("figures.summary.none", month, countryA, countryB);
        }
        return labels.format("figures.summary", month,
            labels.count("count.contact", figures.value(Figure.CONTACTS)),
            labels.count("count.meeting", figures.value(Figure.MEETINGS)),
            labels.count("count.shared_position", figures.value(Figure.SHARED_POSITIONS)),
            labels.count("count.event", figures.value(Figure.TOTAL)));
    }

    private void trend(List<DrawnChart> charts) throws IOException {
        section(labels.get("section.trend"), charts.isEmpty() ? 40 : charts.get(0).height() + 40);
        flow.paragraph(small, 0, labels.format("trend.note", options.chartWindowMonths()));
        for (DrawnChart chart : charts) {
            flow.space(6);
            flow.form(chart.form(), chart.width(), chart.height());
        }
    }

    private void monthEvents() throws IOException {
        section(labels.format("section.events", words.month(options.month())), 95);
        List<Event> events = facts.monthEvents();
        if (events.isEmpty()) {
            flow.paragraph(body, 0, labels.format("events.none", countryA, countryB, words.month(options.month()),
                facts.figures().value(Figure.ARTICLES)));
            return;
        }
        flow.paragraph(small, 0, labels.count("events.intro", events.size()));
        for (Event event : events) {
            eventBlock(event);
        }
    }

    private void planned() throws IOException {
        section(labels.get("section.planned"), 95);
        Listing<Event> events = facts.plannedAhead();
        if (events.isEmpty()) {
            flow.paragraph(body, 0, labels.format("planned.none", words.month(options.month())));
            return;
        }
        flow.paragraph(small, 0, labels.get("planned.intro"));
        for (Event event : events.first()) {
            eventBlock(event);
        }
        more(events.total(), CsvExports.EVENTS);
    }

    private void eventBlock(Event event) throws IOException {
        flow.space(5);
        String people = words.participants(event) + (event.location().isBlank() ? "" : " \u00B7 " + event.location());
        List<PageFlow.StyledText> lines = new ArrayList<>(List.of(
            new PageFlow.StyledText(bold, 0, words.heading(event)),
            new PageFlow.StyledText(body, 0, people)));
        String quote = words.evidence(event);
        if (!quote.isEmpty()) {
            lines.add(new PageFlow.StyledText(evidence, 10, quote));
        }
        if (!event.correction().isEmpty()) {
            // A reader must see which figures an analyst changed by hand, and why.
            lines.add(new PageFlow.StyledText(small, 10, labels.format("event.correction", event.correction())));
        }
        flow.block(lines, 0);
    }

    private void dataQuality() throws IOException {
        section(labels.get("section.quality"), 60);
        flow.paragraph(body, 0, labels.format("quality.summary", facts.articlesRead(), facts.undatedArticles().total(),
            facts.rejectedArticles().total(), facts.eventsWithoutMonth().total()));
        articleList(labels.get("quality.undated"), facts.undatedArticles());
        articleList(labels.get("quality.rejected"), facts.rejectedArticles());

        subsection(labels.get("quality.no_month"));
        Listing<Event> events = facts.eventsWithoutMonth();
        if (events.isEmpty()) {
            flow.paragraph(small, 10, labels.get("quality.none"));
            return;
        }
        for (Event event : events.first()) {
            flow.paragraph(body, 10, "\u2022 " + words.date(event.date()) + " \u00B7 " + words.type(event) + " \u00B7 "
                + words.participants(event) + " \u00B7 " + labels.format("event.source", String.join(", ", event.articles())));
        }
        more(events.total(), CsvExports.EVENTS);
    }

    private void articleList(String title, Listing<ArticleSummary> articles) throws IOException {
        subsection(title);
        if (articles.isEmpty()) {
            flow.paragraph(small, 10, labels.get("quality.none"));
            return;
        }
        for (ArticleSummary article : articles.first()) {
            String reason = article.reason().isBlank() ? article.status().label() : article.reason();
            flow.paragraph(body, 10, "\u2022 " + article.article() + " (" + article.file() + ") \u2014 " + reason);
        }
        more(articles.total(), CsvExports.ARTICLES);
    }

    private void method() throws IOException {
        section(labels.get("section.method"), 60);
        for (String key : List.of("method.counted", "method.how", "method.limits", "method.codebook")) {
            flow.paragraph(body, 0, labels.format(key, countryA, countryB));
            flow.space(3);
        }
    }

    private String footer() {
        return labels.format("footer", countryA, countryB, words.month(options.month()),
            words.day(options.generatedOn()));
    }

    private void section(String text, float keepWithNext) throws IOException {
        flow.space(14);
        flow.keep(heading.leading() + keepWithNext);
        flow.paragraph(heading, 0, text);
        flow.space(3);
    }

    private void subsection(String text) throws IOException {
        flow.space(6);
        flow.keep(subheading.leading() + 30);
        flow.paragraph(subheading, 0, text);
        flow.space(1);
    }

    private void more(int total, String file) throws IOException {
        if (total > LIST_LIMIT) {
            flow.paragraph(small, 10, labels.format("quality.more", total - LIST_LIMIT, file));
        }
    }

    private String change(OptionalInt change) {
        if (change.isEmpty()) {
            return labels.get("na");
        }
        int value = change.getAsInt();
        return value > 0 ? "+" + value : value < 0 ? "\u2212" + (-value) : "0";
    }

    private String average(OptionalDouble average) {
        return average.isEmpty() ? labels.get("na")
            : String.format(labels.language().locale(), "%.1f", average.getAsDouble());
    }

    private String capitalised(String text) {
        return text.isEmpty() ? text
            : text.substring(0, 1).toUpperCase(labels.language().locale()) + text.substring(1);
    }
}
