package org.entente.report.briefing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.analyze.Direction;
import org.entente.analyze.MonthlyCount;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The briefing's three charts: monthly counts by type, shared positions by direction, and the persons most often
 * taking part, all over the chart window that ends with the report month.
 */
final class BriefingCharts {

    static final int TOP_PARTICIPANTS = 10;
    /** Beyond this many months the month labels would overlap, so only every n-th is shown. */
    private static final int MAX_MONTH_LABELS = 36;

    private static final Color[] TYPE_COLOURS = {new Color(0x3B6FB6), new Color(0xE08E2B), new Color(0x4E9A5B)};
    private static final Color[] DIRECTION_COLOURS = {new Color(0x7A5AA6), new Color(0xC0504D), new Color(0x2E9AA0)};
    private static final Color PARTICIPANT_COLOUR = new Color(0x5B7083);
    private static final Color HIGHLIGHT = new Color(0xFCEBB6);
    private static final Color GRID = new Color(0xD5D9DE);
    private static final Color INK = new Color(0x222222);

    static {
        // otherwise JFreeChart draws rotated labels as glyph outlines, which the PDF cannot search or copy
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private BriefingCharts() {
    }

    /** @param tally the occurred events of the chart window, counted as the charts need them */
    static List<ChartSpec> build(BriefingOptions options, BriefingFacts facts, ChartTally tally, Labels labels,
                                 float width) {
        List<YearMonth> window = window(options.month(), options.chartWindowMonths());
        if (!tally.firstMonth().equals(window.get(0)) || !tally.lastMonth().equals(options.month())) {
            throw new IllegalArgumentException("the chart tally covers " + tally.firstMonth() + ".." + tally.lastMonth()
                + ", not the chart window " + window.get(0) + ".." + options.month());
        }
        String countryA = CountryNames.name(options.dyad().sideA(), labels.language());
        String countryB = CountryNames.name(options.dyad().sideB(), labels.language());
        return List.of(
            new ChartSpec("counts", counts(window, facts, labels, countryA, countryB), width, 228f),
            new ChartSpec("directions", directions(window, tally, labels, countryA, countryB), width, 185f),
            new ChartSpec("participants", participants(window, tally, labels), width, 200f));
    }

    static List<YearMonth> window(YearMonth last, int months) {
        List<YearMonth> window = new ArrayList<>(months);
        for (int back = months - 1; back >= 0; back--) {
            window.add(last.minusMonths(back));
        }
        return window;
    }

    private static JFreeChart counts(List<YearMonth> window, BriefingFacts facts, Labels labels, String countryA,
                                     String countryB) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String[] series = {labels.get("figure.contacts"), labels.get("figure.meetings"),
            labels.get("figure.shared_positions")};
        for (MonthCategory category : categories(window)) {
            MonthlyCount count = facts.countsByMonth().get(category.month());
            data.addValue(count == null ? 0 : count.contacts(), series[0], category);
            data.addValue(count == null ? 0 : count.meetings(), series[1], category);
            data.addValue(count == null ? 0 : count.sharedPositions(), series[2], category);
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(
            labels.format("chart.counts.title", countryA, countryB), labels.get("chart.axis.month"),
            labels.get("chart.axis.events"), data, PlotOrientation.VERTICAL, true, false, false);
        styleMonthChart(chart, window, labels, TYPE_COLOURS);
        return chart;
    }

    private static JFreeChart directions(List<YearMonth> window, ChartTally tally, Labels labels, String countryA,
                                         String countryB) {
        Map<Direction, String> names = new EnumMap<>(Direction.class);
        names.put(Direction.JOINT, labels.get("direction.joint"));
        names.put(Direction.A_TO_B, countryA + " \u2192 " + countryB);
        names.put(Direction.B_TO_A, countryB + " \u2192 " + countryA);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (MonthCategory category : categories(window)) {
            Map<Direction, Integer> counts = tally.directionsIn(category.month());
            for (Direction direction : Direction.values()) {
                data.addValue(counts.getOrDefault(direction, 0), names.get(direction), category);
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(
            labels.format("chart.directions.title", countryA, countryB), labels.get("chart.axis.month"),
            labels.get("chart.axis.shared_positions"), data, PlotOrientation.VERTICAL, true, false, false);
        styleMonthChart(chart, window, labels, DIRECTION_COLOURS);
        return chart;
    }

    private static JFreeChart participants(List<YearMonth> window, ChartTally tally, Labels labels) {
        Map<String, Integer> perPerson = new HashMap<>();
        tally.participants().forEach((person, events) -> perPerson.merge(
            person.name() + " (" + CountryNames.name(person.country(), labels.language()) + ")", events, Integer::sum));
        List<Map.Entry<String, Integer>> top = perPerson.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .limit(TOP_PARTICIPANTS)
            .toList();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = labels.get("chart.axis.events");
        for (Map.Entry<String, Integer> person : top) {
            data.addValue(person.getValue(), series, person.getKey());
        }
        JFreeChart chart = ChartFactory.createBarChart(
            labels.format("chart.participants.title", window.get(0).toString(), window.get(window.size() - 1).toString()),
            null, labels.get("chart.axis.events"), data, PlotOrientation.HORIZONTAL, false, false, false);
        theme().apply(chart);
        CategoryPlot plot = stylePlot(chart, labels);
        plot.getRenderer().setSeriesPaint(0, PARTICIPANT_COLOUR);
        ((BarRenderer) plot.getRenderer()).setMaximumBarWidth(0.08);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        return chart;
    }

    private static void styleMonthChart(JFreeChart chart, List<YearMonth> window, Labels labels, Paint[] colours) {
        theme().apply(chart);
        CategoryPlot plot = stylePlot(chart, labels);
        for (int i = 0; i < colours.length; i++) {
            plot.getRenderer().setSeriesPaint(i, colours[i]);
        }
        ((BarRenderer) plot.getRenderer()).setMaximumBarWidth(0.06);
        List<MonthCategory> categories = categories(window);
        MonthCategory reportMonth = categories.get(categories.size() - 1);
        CategoryMarker marker = new CategoryMarker(reportMonth, HIGHLIGHT, new BasicStroke(1f));
        marker.setDrawAsLine(false);
        plot.addDomainMarker(marker, Layer.BACKGROUND);

        CategoryAxis months = plot.getDomainAxis();
        months.setCategoryLabelPositions(window.size() > 12 ? CategoryLabelPositions.UP_90 : CategoryLabelPositions.STANDARD);
        months.setCategoryMargin(0.15);
        months.setLowerMargin(0.01);
        months.setUpperMargin(0.01);
        months.setTickLabelFont(reportMonth, BriefingFonts.chartFont(Font.BOLD, 7f));
    }

    /** The window's months as chart categories, labelled every n-th month counting back from the report month. */
    private static List<MonthCategory> categories(List<YearMonth> window) {
        int step = (window.size() + MAX_MONTH_LABELS - 1) / MAX_MONTH_LABELS;
        List<MonthCategory> categories = new ArrayList<>(window.size());
        for (int i = 0; i < window.size(); i++) {
            categories.add(new MonthCategory(window.get(i), (window.size() - 1 - i) % step == 0));
        }
        return categories;
    }

    /**
     * A month on a chart's category axis. JFreeChart labels a category with its toString(), and cannot skip
     * labels; an unlabelled month prints nothing rather than an invisible label that would still be text in the PDF.
     */
    record MonthCategory(YearMonth month, boolean labelled) implements Comparable<MonthCategory> {
        @Override
        public int compareTo(MonthCategory other) {
            return month.compareTo(other.month);
        }

        @Override
        public String toString() {
            return labelled ? month.toString() : "";
        }
    }

    private static CategoryPlot stylePlot(JFreeChart chart, Labels labels) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 2, 4, 6));
        if (chart.getLegend() != null) {
            chart.getLegend().setPosition(RectangleEdge.BOTTOM);
            chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setNoDataMessage(labels.get("chart.no_data"));
        plot.setNoDataMessageFont(BriefingFonts.chartFont(Font.PLAIN, 10f));
        plot.setNoDataMessagePaint(INK);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        NumberAxis counts = (NumberAxis) plot.getRangeAxis();
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        counts.setAutoRangeMinimumSize(4.0);
        counts.setLowerBound(0);
        return plot;
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("briefing");
        theme.setExtraLargeFont(BriefingFonts.chartFont(Font.BOLD, 11f));
        theme.setLargeFont(BriefingFonts.chartFont(Font.PLAIN, 8.5f));
        theme.setRegularFont(BriefingFonts.chartFont(Font.PLAIN, 8f));
        theme.setSmallFont(BriefingFonts.chartFont(Font.PLAIN, 7f));
        theme.setTitlePaint(INK);
        theme.setAxisLabelPaint(INK);
        theme.setTickLabelPaint(INK);
        theme.setLegendItemPaint(INK);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(GRID);
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        return theme;
    }
}
