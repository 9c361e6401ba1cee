package org.entente.report.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.entente.analyze.Dyad;
import org.entente.analyze.Event;
import org.entente.analyze.MonthlyCount;
import org.entente.report.briefing.BriefingFiles;
import org.entente.report.briefing.BriefingOptions;
import org.entente.report.briefing.BriefingWriter;
import org.entente.report.briefing.CollectionGap;
import org.entente.report.briefing.CsvExports;
import org.entente.report.briefing.CsvFlavour;
import org.entente.report.briefing.Language;
import org.entente.report.briefing.TalliedExports;
import org.entente.report.store.BriefingQueries;
import org.entente.report.store.StoryStore;
import org.entente.report.store.StreamedExports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes the CSV exports, the charts and the PDF briefing from the store. The exports are streamed row by row and
 * the briefing reads only its month's events, so the step's memory does not grow with the corpus.
 */
public class WriteBriefingTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(WriteBriefingTasklet.class);

    private final StreamedExports exports;
    private final BriefingQueries briefing;
    private final StoryStore stories;
    private final Settings settings;

    /** What the job parameters say about the report. */
    public record Settings(Path output, String month, Dyad dyad, CsvFlavour csvFlavour, Language language,
                           int chartWindow) {
    }

    public WriteBriefingTasklet(StreamedExports exports, BriefingQueries briefing, StoryStore stories,
                                Settings settings) {
        this.exports = exports;
        this.briefing = briefing;
        this.stories = stories;
        this.settings = settings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        Files.createDirectories(settings.output());
        // The articles and events are read once, for the exports; the counts and the briefing's article lists are
        // tallied from those rows on the way.
        // before the exports, which list each repeat beside its article and count the stories from those rows
        int repeats = stories.markRepeats();
        log.info("{} article(s) repeat a story told by an earlier article of their month", repeats);
        TalliedExports rows = new TalliedExports(exports);
        List<Path> written = new ArrayList<>(CsvExports.write(settings.output(), settings.csvFlavour(), settings.dyad(),
            rows, rows::monthlyCounts));
        List<MonthlyCount> counts = rows.monthlyCounts();
        // Dropped events stay listed in events.csv, marked, but are neither counted nor briefed.
        List<Event> kept = rows.eventTally().kept();
        YearMonth month = ReportMonth.choose(settings.month(), rows.articleTally().published(), kept);

        CollectionGap.of(month, counts).ifPresent(gap -> log.warn("briefing for {}: {}", month, gap.logLine()));

        BriefingOptions options = BriefingOptions.builder().month(month).dyad(settings.dyad())
            .language(settings.language()).chartWindowMonths(settings.chartWindow()).generatedOn(LocalDate.now()).get();
        BriefingFiles files = BriefingWriter.write(settings.output(), options, counts,
            briefing.briefingInputs(month, rows.articleTally()), briefing.chartTally(options));
        written.add(files.pdf());
        written.addAll(files.charts());

        var context = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
        context.putString("reportMonth", month.toString());
        context.putString("outputs", String.join(", ", written.stream().map(p -> p.getFileName().toString()).toList()));
        context.putInt("events", kept.size());
        context.putInt("months", counts.size());
        log.info("briefing for {} written: {}", month, files.pdf());
        return RepeatStatus.FINISHED;
    }
}
