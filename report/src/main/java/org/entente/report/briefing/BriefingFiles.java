package org.entente.report.briefing;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link BriefingWriter} wrote.
 *
 * @param pdf    the briefing
 * @param charts its charts as PNG files beside it, in the order they appear in the PDF
 */
public record BriefingFiles(Path pdf, List<Path> charts) {

    public BriefingFiles {
        Objects.requireNonNull(pdf, "pdf");
        charts = List.copyOf(charts);
    }
}
