package org.entente.report.briefing;

import org.jfree.chart.JFreeChart;

/**
 * A chart with the size it is drawn at in the PDF, in points; its PNG is the same drawing at print resolution.
 *
 * @param name the file-name suffix of its PNG: {@code briefing-YYYY-MM-<name>.png}
 */
record ChartSpec(String name, JFreeChart chart, float width, float height) {
}
