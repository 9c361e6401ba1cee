package org.entente.report.job;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.entente.analyze.AnalysisOptions;
import org.entente.analyze.ArticleAnalyzer;
import org.entente.analyze.Dyad;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleDate;
import org.entente.ingest.DateSource;
import org.entente.ingest.IngestOptions;
import org.entente.ingest.InputFolder;
import org.entente.ingest.PartialDate;
import org.entente.report.briefing.CsvFlavour;
import org.entente.report.briefing.Language;
import org.entente.report.store.ArticleStore;
import org.entente.report.store.BriefingQueries;
import org.entente.report.store.EventStore;
import org.entente.report.store.MentionStore;
import org.entente.report.store.StoryStore;
import org.entente.report.store.StreamedExports;
import org.entente.report.store.StoredArticle;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The monthly briefing job: ingest the input folder, check something was read, forget removed
 * files, analyse new and changed articles, merge mentions into events, write the briefing.
 * Every step is idempotent and may start again even when complete, so re-running a failed run
 * with the same command finishes the work and a completed month can be run again.
 */
@Configuration
public class MonthlyBriefingJobConfiguration {

    public static final String JOB_NAME = "monthlyBriefingJob";

    @Bean
    public Job monthlyBriefingJob(JobRepository jobRepository, Step ingestStep, Step inputCheckStep,
                                  Step removedArticlesStep, Step analyzeStep, Step mergeStep, Step reportStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
            .start(ingestStep)
            .next(inputCheckStep)
            .next(removedArticlesStep)
            .next(analyzeStep)
            .next(mergeStep)
            .next(reportStep)
            .listener(new RunSummaryListener())
            .build();
    }

    // --- ingest -------------------------------------------------------------------------------

    // Job-scoped without a proxy: these final types are only injected into step-scoped beans,
    // which are created while the job scope is active.
    @Bean
    @Scope(value = "job", proxyMode = ScopedProxyMode.NO)
    public InputFolder inputFolder(@Value("#{jobParameters['input']}") String input,
                                   @Value("#{jobParameters['maxFileBytes']}") Long maxFileBytes) throws java.io.IOException {
        return InputFolder.open(Path.of(input), IngestOptions.builder().maxFileBytes(maxFileBytes).get());
    }

    @Bean
    @Scope(value = "job", proxyMode = ScopedProxyMode.NO)
    public AnalysisOptions analysisOptions(@Value("#{jobParameters['dyad']}") String dyad,
                                           @Value("#{jobParameters['dictionaries']}") String dictionaries,
                                           @Value("#{jobParameters['lexicons']}") String lexicons) {
        return RunParameters.analysisOptions(dyad, dictionaries, lexicons);
    }

    /** Files parsed ahead on the worker threads while the step stores the chunk before. */
    @Bean
    @StepScope
    public ReadAheadFileReader readAheadFileReader(InputFolder inputFolder, ThreadPoolTaskExecutor workerThreads,
                                                   @Value("${entente.ingest-read-ahead:400}") int readAhead) {
        return new ReadAheadFileReader(inputFolder, workerThreads, readAhead);
    }

    @Bean
    @StepScope
    public ArticleStoreWriter articleStoreWriter(ArticleStore articleStore, InputFolder inputFolder,
                                                 AnalysisOptions analysisOptions,
                                                 @Value("#{jobParameters['run']}") Long run) {
        return new ArticleStoreWriter(articleStore, run, AnalysisFingerprint.of(analysisOptions),
            new ProgressMeter("ingest: files", inputFolder.files().size()));
    }

    @Bean
    @StepScope
    public IngestSkipListener ingestSkipListener(InputFolder inputFolder, ArticleStore articleStore,
                                                 @Value("#{jobParameters['run']}") Long run) {
        return new IngestSkipListener(inputFolder, articleStore, run);
    }

    @Bean
    public Step ingestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           ReadAheadFileReader readAheadFileReader, ArticleStoreWriter articleStoreWriter,
                           IngestSkipListener ingestSkipListener) {
        return new StepBuilder("ingestStep", jobRepository)
            .listener(new StepStartLog())
            .<ReadFile, ReadFile>chunk(100)
            .transactionManager(transactionManager)
            .reader(readAheadFileReader)
            .writer(articleStoreWriter)
            .faultTolerant()
            .skip(FileReadException.class)
            .skipLimit(Long.MAX_VALUE)
            .skipListener(ingestSkipListener)
            .allowStartIfComplete(true)
            .build();
    }

    @Bean
    @StepScope
    public InputCheckTasklet inputCheckTasklet(ArticleStore articleStore, @Value("#{jobParameters['run']}") Long run,
                                               @Value("#{jobParameters['input']}") String input) {
        return new InputCheckTasklet(articleStore, run, input);
    }

    @Bean
    public Step inputCheckStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               InputCheckTasklet inputCheckTasklet) {
        return new StepBuilder("inputCheckStep", jobRepository)
            .tasklet(inputCheckTasklet, transactionManager)
            .allowStartIfComplete(true)
            .build();
    }

    @Bean
    @StepScope
    public RemovedArticlesTasklet removedArticlesTasklet(ArticleStore articleStore,
                                                         @Value("#{jobParameters['run']}") Long run) {
        return new RemovedArticlesTasklet(articleStore, run);
    }

    @Bean
    public Step removedArticlesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                    RemovedArticlesTasklet removedArticlesTasklet) {
        return new StepBuilder("removedArticlesStep", jobRepository)
            .tasklet(removedArticlesTasklet, transactionManager)
            .allowStartIfComplete(true)
            .build();
    }

    // --- analyze ------------------------------------------------------------------------------

    @Bean
    @Scope(value = "job", proxyMode = ScopedProxyMode.NO)
    public ArticleAnalyzer articleAnalyzer(AnalysisOptions analysisOptions) {
        return ArticleAnalyzer.create(analysisOptions);
    }

    @Bean
    @StepScope
    public ArticleRangePartitioner articleRangePartitioner(ArticleStore articleStore, ProgressMeter analysisProgress) {
        return new ArticleRangePartitioner(articleStore, analysisProgress);
    }

    @Bean
    @StepScope
    public JdbcPagingItemReader<StoredArticle> articlesToAnalyzeReader(DataSource dataSource,
            @Value("#{stepExecutionContext['" + ArticleRangePartitioner.FROM_ID + "']}") String fromId,
            @Value("#{stepExecutionContext['" + ArticleRangePartitioner.TO_ID + "']}") String toId) throws Exception {
        // Keyset paging on the article id: rows leave the query as they are analysed, which an
        // offset would trip over but a key does not. For the same reason the reader keeps no
        // restart state: the query itself selects exactly what a restart still has to do, and a
        // saved item count would skip that many of the remaining articles.
        StringBuilder where = new StringBuilder("where " + ArticleStore.TO_ANALYZE);
        Map<String, Object> range = new HashMap<>();
        if (fromId != null) {
            where.append(" and article_id >= :fromId");
            range.put("fromId", fromId);
        }
        if (toId != null) {
            where.append(" and article_id < :toId");
            range.put("toId", toId);
        }
        return new JdbcPagingItemReaderBuilder<StoredArticle>()
            .name("articlesToAnalyzeReader")
            .saveState(false)
            .dataSource(dataSource)
            .selectClause("select article_id, file_path, title, body, published, date_source, source, url, content_hash, expected_key")
            .fromClause("from entente_article")
            .whereClause(where.toString())
            .parameterValues(range)
            .sortKeys(Map.of("article_id", Order.ASCENDING))
            .pageSize(200)
            .rowMapper((rs, n) -> new StoredArticle(new Article(rs.getString("article_id"), rs.getString("file_path"),
                rs.getString("title"), rs.getString("body"),
                rs.getString("published") == null ? ArticleDate.UNDATED
                    : ArticleDate.of(PartialDate.parse(rs.getString("published")), DateSource.valueOf(rs.getString("date_source"))),
                rs.getString("source"), rs.getString("url"), rs.getString("content_hash")), rs.getString("expected_key")))
            .build();
    }

    /**
     * The worker threads, two per core unless entente.analysis-threads says otherwise: they read
     * and parse input files during ingest and each analyse one range of articles afterwards. Two per
     * core because a range's thread spends part of its time on the database (reading a page, writing a
     * chunk), and with one range per core that core stood idle meanwhile: on 2 cores the analysis step
     * used 1.4 of them with 2 ranges and 1.9 with 4, for the same byte-identical exports.
     */
    @Bean
    public ThreadPoolTaskExecutor workerThreads(@Value("${entente.analysis-threads:0}") int threads) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(workerCount(threads));
        executor.setMaxPoolSize(workerCount(threads));
        executor.setThreadNamePrefix("worker-");
        executor.setDaemon(true);
        return executor;
    }

    private static int workerCount(int threads) {
        return threads > 0 ? threads : 2 * Runtime.getRuntime().availableProcessors();
    }

    @Bean
    @StepScope
    public ArticleAnalysisProcessor articleAnalysisProcessor(ArticleAnalyzer articleAnalyzer,
            @Value("${entente.article-budget-seconds:" + ArticleAnalysisProcessor.DEFAULT_BUDGET_SECONDS + "}") int budgetSeconds) {
        return new ArticleAnalysisProcessor(articleAnalyzer, java.time.Duration.ofSeconds(budgetSeconds));
    }

    /** One meter for all ranges, so the log shows the whole step's progress. */
    @Bean
    @Scope(value = "job", proxyMode = ScopedProxyMode.NO)
    public ProgressMeter analysisProgress(ArticleStore articleStore) {
        return new ProgressMeter("analysis: articles", articleStore.countToAnalyze());
    }

    @Bean
    @StepScope
    public MentionWriter mentionWriter(MentionStore mentionStore, ArticleStore articleStore, ProgressMeter analysisProgress,
                                       PlatformTransactionManager transactionManager) {
        return new MentionWriter(mentionStore, articleStore, analysisProgress, transactionManager);
    }

    @Bean
    public AnalysisSkipListener analysisSkipListener(ArticleStore articleStore, PlatformTransactionManager transactionManager) {
        return new AnalysisSkipListener(articleStore, transactionManager);
    }

    @Bean
    public Step analyzeStep(JobRepository jobRepository, ArticleRangePartitioner articleRangePartitioner,
                            Step analyzeRangeStep, ThreadPoolTaskExecutor workerThreads,
                            @Value("${entente.analysis-threads:0}") int threads) {
        return new StepBuilder("analyzeStep", jobRepository)
            .listener(new StepStartLog())
            .partitioner("analyzeRangeStep", articleRangePartitioner)
            .step(analyzeRangeStep)
            .gridSize(workerCount(threads))
            .taskExecutor(workerThreads)
            .allowStartIfComplete(true)
            .build();
    }

    @Bean
    public Step analyzeRangeStep(JobRepository jobRepository,
                                 JdbcPagingItemReader<StoredArticle> articlesToAnalyzeReader,
                                 ArticleAnalysisProcessor articleAnalysisProcessor, MentionWriter mentionWriter,
                                 AnalysisSkipListener analysisSkipListener,
                                 @Value("${entente.analysis-chunk:200}") int chunk) {
        // No transaction around the chunk: the reader reads and the processor analyses outside one, and the
        // writer opens its own for its writes only (see MentionWriter). Nothing is lost by it: the reader
        // keeps no state, and a restart selects exactly the articles whose writes did not commit.
        return new StepBuilder("analyzeRangeStep", jobRepository)
            .<StoredArticle, AnalyzedArticle>chunk(chunk)
            .transactionManager(new ResourcelessTransactionManager())
            .reader(articlesToAnalyzeReader)
            .processor(articleAnalysisProcessor)
            .writer(mentionWriter)
            .faultTolerant()
            .skip(ArticleAnalysisException.class)
            .skipLimit(Long.MAX_VALUE)
            .skipListener(analysisSkipListener)
            .allowStartIfComplete(true)
            .build();
    }

    // --- merge and report -----------------------------------------------------------------------

    @Bean
    @StepScope
    public MergeEventsTasklet mergeEventsTasklet(MentionStore mentionStore, EventStore eventStore,
                                                 @Value("#{jobParameters['dyad']}") String dyad,
                                                 @Value("#{jobParameters['input']}") String input) {
        return new MergeEventsTasklet(mentionStore, eventStore, Dyad.parse(dyad), Path.of(input));
    }

    @Bean
    public Step mergeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          MergeEventsTasklet mergeEventsTasklet) {
        return new StepBuilder("mergeStep", jobRepository)
            .listener(new StepStartLog())
            .tasklet(mergeEventsTasklet, transactionManager)
            .allowStartIfComplete(true)
            .build();
    }

    @Bean
    @StepScope
    public WriteBriefingTasklet writeBriefingTasklet(StreamedExports exports, BriefingQueries briefingQueries,
                                                     StoryStore stories,
                                                     @Value("#{jobParameters['output']}") String output,
                                                     @Value("#{jobParameters['month']}") String month,
                                                     @Value("#{jobParameters['dyad']}") String dyad,
                                                     @Value("#{jobParameters['csvFlavour']}") String csvFlavour,
                                                     @Value("#{jobParameters['language']}") String language,
                                                     @Value("#{jobParameters['chartWindow']}") Long chartWindow) {
        return new WriteBriefingTasklet(exports, briefingQueries, stories, new WriteBriefingTasklet.Settings(
            Path.of(output), month, Dyad.parse(dyad), CsvFlavour.valueOf(csvFlavour), Language.valueOf(language),
            chartWindow.intValue()));
    }

    @Bean
    public Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           WriteBriefingTasklet writeBriefingTasklet) {
        return new StepBuilder("reportStep", jobRepository)
            .listener(new StepStartLog())
            .tasklet(writeBriefingTasklet, transactionManager)
            .allowStartIfComplete(true)
            .build();
    }
}
