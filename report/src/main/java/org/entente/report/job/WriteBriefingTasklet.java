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
import org.entente.analyze.merge.MonthlyCounter;
import org.entente.ingest.ArticleDate;
import org.entente.ingest.FileStatus;
import org.entente.report.ArticleSummary;
import org.entente.report.briefing.BriefingFiles;
import org.entente.report.briefing.BriefingOptions;
import org.entente.report.briefing.BriefingWriter;
import org.entente.report.briefing.CsvExports;
import org.entente.report.briefing.CsvFlavour;
import org.entente.report.briefing.Language;
import org.entente.report.store.ArticleStore;
import org.entente.report.store.EventStore;
import org.entente.report.store.MentionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Writes the CSV exports, the charts and the PDF briefing from the stored articles and events. */
public class WriteBriefingTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(WriteBriefingTasklet.class);

    private final ArticleStore articles;
    private final MentionStore mentions;
    private final EventStore events;
    private final Settings settings;

    /** What the job parameters say about the report. */
    public record Settings(Path output, String month, Dyad dyad, CsvFlavour csvFlavour, Language language,
                           int chartWindow) {
    }

    public WriteBriefingTasklet(ArticleStore articles, MentionStore mentions, EventStore events, Settings settings) {
        this.articles = articles;
        this.mentions = mentions;
        this.events = events;
        this.settings = settings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        List<ArticleSummary> summaries = articles.summaries();
        List<Event> all = events.all(mentions.byEvent());
        // Dropped events stay listed in events.csv, marked, but are neither counted nor briefed.
        List<Event> kept = all.stream().filter(e -> !e.isDropped()).toList();
        List<ArticleDate> published = summaries.stream()
            .filter(a -> a.status() != FileStatus.REJECTED).map(ArticleSummary::published).toList();
        List<MonthlyCount> counts = MonthlyCounter.count(kept, published);
        YearMonth month = ReportMonth.choose(settings.month(), summaries, kept);

        Files.createDirectories(settings.output());
        List<Path> written = new ArrayList<>(CsvExports.write(settings.output(), settings.csvFlavour(), settings.dyad(),
            summaries, all, counts));
        BriefingOptions options = BriefingOptions.builder().month(month).dyad(settings.dyad())
            .language(settings.language()).chartWindowMonths(settings.chartWindow()).generatedOn(LocalDate.now()).get();
        BriefingFiles briefing = BriefingWriter.write(settings.output(), options, counts, kept, summaries);
        written.add(briefing.pdf());
        written.addAll(briefing.charts());

        var context = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
        context.putString("reportMonth", month.toString());
        context.putString("outputs", String.join(", ", written.stream().map(p -> p.getFileName().toString()).toList()));
        context.putInt("events", kept.size());
        context.putInt("months", counts.size());
        log.info("briefing for {} written: {}", month, briefing.pdf());
        return RepeatStatus.FINISHED;
    }
}
