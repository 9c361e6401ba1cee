package org.entente.report.job;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.entente.analyze.AnalysisOptions;
import org.entente.analyze.Dyad;
import org.entente.report.cli.RunOptions;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The job parameters of a run, by name. Every option that changes the outputs identifies the job
 * instance, so that a restart is only ever a restart of the same work; {@code run} tells apart
 * two complete runs of the same options.
 */
public final class RunParameters {

    public static final String INPUT = "input";
    public static final String OUTPUT = "output";
    public static final String MONTH = "month";
    public static final String DYAD = "dyad";
    public static final String DICTIONARIES = "dictionaries";
    public static final String LEXICONS = "lexicons";
    public static final String CSV_FLAVOUR = "csvFlavour";
    public static final String LANGUAGE = "language";
    public static final String CHART_WINDOW = "chartWindow";
    public static final String MAX_FILE_BYTES = "maxFileBytes";
    public static final String RUN = "run";

    private RunParameters() {
    }

    /** The parameters of the given options, without the run number. */
    public static JobParametersBuilder of(RunOptions options) {
        return new JobParametersBuilder()
            .addString(INPUT, options.input().toString())
            .addString(OUTPUT, options.output().toString())
            .addString(MONTH, options.month().map(Object::toString).orElse("latest"))
            .addString(DYAD, options.dyad().toString())
            .addString(DICTIONARIES, join(options.dictionaries()))
            .addString(LEXICONS, join(options.lexicons()))
            .addString(CSV_FLAVOUR, options.csvFlavour().name())
            .addString(LANGUAGE, options.language().name())
            .addLong(CHART_WINDOW, (long) options.chartWindow())
            .addLong(MAX_FILE_BYTES, options.maxFileBytes());
    }

    public static JobParameters withRun(RunOptions options, long run) {
        return of(options).addLong(RUN, run).toJobParameters();
    }

    /** The analysis options a job's parameters describe. */
    public static AnalysisOptions analysisOptions(String dyad, String dictionaries, String lexicons) {
        AnalysisOptions.Builder builder = AnalysisOptions.builder().dyad(Dyad.parse(dyad));
        split(dictionaries).forEach(builder::addDictionary);
        split(lexicons).forEach(builder::addLexicon);
        return builder.get();
    }

    private static String join(List<Path> files) {
        return files.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
    }

    private static List<Path> split(String joined) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(joined.split(java.util.regex.Pattern.quote(java.io.File.pathSeparator))).map(Path::of).toList();
    }
}
