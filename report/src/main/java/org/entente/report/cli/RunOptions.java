package org.entente.report.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.analyze.Dyad;
import org.entente.report.briefing.CsvFlavour;
import org.entente.report.briefing.Language;

/**
 * The options of one run, checked before anything starts so that a typo costs a second, not a
 * half-finished job. Spring properties ({@code --spring.datasource.url=...}) pass through untouched.
 */
public record RunOptions(Path input, Path output, Optional<YearMonth> month, Dyad dyad, List<Path> dictionaries,
                         List<Path> lexicons, CsvFlavour csvFlavour, Language language, int chartWindow,
                         long maxFileBytes, boolean help, List<String> springArguments, Schedule schedule,
                         boolean rebuild) {

    /** The default schedule: 06:00 on the 1st of each month (Spring cron: second minute hour day month weekday). */
    public static final String DEFAULT_CRON = "0 0 6 1 * *";

    /**
     * How a {@code --schedule} run repeats, or {@code null} for a single run.
     *
     * @param cron  when to run, as a Spring cron expression
     * @param rerun run a month again even when it already completed
     */
    public record Schedule(String cron, boolean rerun) {
    }

    /** The same options for another briefing month (what each scheduled run uses). */
    public RunOptions forMonth(YearMonth value) {
        return new RunOptions(input, output, Optional.of(value), dyad, dictionaries, lexicons, csvFlavour, language,
            chartWindow, maxFileBytes, help, springArguments, schedule, rebuild);
    }

    public static final long DEFAULT_MAX_FILE_BYTES = 5L * 1024 * 1024;

    public RunOptions {
        dictionaries = List.copyOf(dictionaries);
        lexicons = List.copyOf(lexicons);
        springArguments = List.copyOf(springArguments);
    }

    /** Reads {@code --name=value} arguments; throws {@link OptionException} on the first bad one. */
    public static RunOptions parse(String... args) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<String> spring = new ArrayList<>();
        boolean help = false;
        boolean schedule = false;
        boolean rerun = false;
        boolean rebuild = false;
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
                continue;
            }
            if (arg.equals("--schedule")) {
                schedule = true;
                continue;
            }
            if (arg.equals("--rerun")) {
                rerun = true;
                continue;
            }
            if (arg.equals("--rebuild")) {
                rebuild = true;
                continue;
            }
            if (arg.startsWith("--spring.") || arg.startsWith("--logging.") || arg.startsWith("--entente.")) {
                if (arg.startsWith("--entente.")) {
                    TuningSettings.check(arg);
                }
                spring.add(arg);
                continue;
            }
            if (arg.startsWith("--") && !arg.contains("=")) {
                String bare = arg.substring(2);
                throw new OptionException(OptionHelp.NAMES.contains(bare)
                    ? "--" + bare + " needs a value: write it --" + bare + "=value; see --help"
                    : "unknown option --" + bare + "; allowed: " + String.join(", ", OptionHelp.documented()));
            }
            if (!arg.startsWith("--")) {
                throw new OptionException("'" + arg + "' is not an option: options are written --name=value; see --help");
            }
            String name = arg.substring(2, arg.indexOf('='));
            String value = arg.substring(arg.indexOf('=') + 1);
            if (!OptionHelp.NAMES.contains(name)) {
                throw new OptionException("unknown option --" + name + "; allowed: "
                    + String.join(", ", OptionHelp.documented()));
            }
            if (!name.equals("dictionary") && !name.equals("lexicon") && values.containsKey(name)) {
                throw new OptionException("--" + name + " is given twice; give it once");
            }
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        if (help) {
            // Help needs no valid folder: it is what a user asks for when nothing works yet.
            return new RunOptions(Path.of("input"), Path.of("output"), Optional.empty(), Dyad.CHINA_RUSSIA, List.of(),
                List.of(), CsvFlavour.RFC4180, Language.EN, 24, DEFAULT_MAX_FILE_BYTES, true, spring, null, false);
        }
        Path input = folder(values, "input", "input", true);
        Path output = folder(values, "output", "output", false);
        return new RunOptions(input, output, month(values), dyad(values), files(values, "dictionary"),
            files(values, "lexicon"), csvFlavour(values), language(values), chartWindow(values),
            maxFileBytes(values), help, spring, schedule(values, schedule, rerun), rebuild);
    }

    private static String one(Map<String, List<String>> values, String name) {
        List<String> list = values.get(name);
        return list == null ? null : list.get(0);
    }

    private static Path folder(Map<String, List<String>> values, String name, String fallback, boolean mustExist) {
        String value = Optional.ofNullable(one(values, name)).orElse(fallback);
        if (value.isBlank()) {
            throw new OptionException("--" + name + " is empty: give a folder, for example --" + name + "=" + fallback);
        }
        Path path = Path.of(value).toAbsolutePath().normalize();
        if (mustExist && !Files.isDirectory(path)) {
            throw new OptionException("--" + name + "=" + value + ": no such folder (" + path + "); give the folder that holds the articles");
        }
        if (!mustExist && Files.exists(path) && !Files.isDirectory(path)) {
            throw new OptionException("--" + name + "=" + value + " is a file, not a folder; give a folder for the outputs");
        }
        return path;
    }

    private static Schedule schedule(Map<String, List<String>> values, boolean schedule, boolean rerun) {
        String cron = one(values, "cron");
        if (!schedule) {
            if (cron != null || rerun) {
                throw new OptionException((cron != null ? "--cron" : "--rerun") + " only applies with --schedule");
            }
            return null;
        }
        if (values.containsKey("month")) {
            throw new OptionException("--month cannot be combined with --schedule: each scheduled run takes the month just ended");
        }
        String expression = cron == null ? DEFAULT_CRON : cron;
        try {
            org.springframework.scheduling.support.CronExpression.parse(expression);
        } catch (IllegalArgumentException e) {
            throw new OptionException("--cron=" + expression + " is not a cron expression: " + e.getMessage()
                + "; write six fields, second minute hour day month weekday, e.g. --cron=\"0 0 6 1 * *\"");
        }
        return new Schedule(expression, rerun);
    }

    private static Optional<YearMonth> month(Map<String, List<String>> values) {
        String value = one(values, "month");
        if (value == null) {
            return Optional.empty();
        }
        try {
            if (!value.matches("\\d{4}-\\d{2}")) {
                throw new DateTimeParseException("shape", value, 0);
            }
            return Optional.of(YearMonth.parse(value));
        } catch (DateTimeParseException e) {
            throw new OptionException("--month=" + value + " is not a month; write it YYYY-MM, for example --month=2023-09");
        }
    }

    private static Dyad dyad(Map<String, List<String>> values) {
        String value = one(values, "dyad");
        if (value == null) {
            return Dyad.CHINA_RUSSIA;
        }
        try {
            return Dyad.parse(value);
        } catch (IllegalArgumentException e) {
            throw new OptionException("--dyad=" + value + ": " + e.getMessage());
        }
    }

    private static List<Path> files(Map<String, List<String>> values, String name) {
        List<Path> files = new ArrayList<>();
        for (String value : values.getOrDefault(name, List.of())) {
            Path path = Path.of(value).toAbsolutePath().normalize();
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                throw new OptionException("--" + name + "=" + value + ": no such readable file (" + path + ")");
            }
            files.add(path);
        }
        return files;
    }

    private static CsvFlavour csvFlavour(Map<String, List<String>> values) {
        String value = one(values, "csv-flavour");
        if (value == null) {
            return CsvFlavour.RFC4180;
        }
        try {
            return CsvFlavour.parse(value);
        } catch (IllegalArgumentException e) {
            throw new OptionException("--csv-flavour=" + value + ": " + e.getMessage());
        }
    }

    private static Language language(Map<String, List<String>> values) {
        String value = one(values, "lang");
        if (value == null) {
            return Language.EN;
        }
        try {
            return Language.parse(value);
        } catch (IllegalArgumentException e) {
            throw new OptionException("--lang=" + value + ": " + e.getMessage());
        }
    }

    private static int chartWindow(Map<String, List<String>> values) {
        String value = one(values, "chart-window");
        if (value == null) {
            return 24;
        }
        try {
            int months = Integer.parseInt(value);
            if (months >= 1 && months <= 120) {
                return months;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new OptionException("--chart-window=" + value + " is not allowed; give a number of months from 1 to 120");
    }

    private static long maxFileBytes(Map<String, List<String>> values) {
        String value = one(values, "max-file-size");
        if (value == null) {
            return DEFAULT_MAX_FILE_BYTES;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)(\\d+)\\s*(kb|mb|gb|b)?").matcher(value.strip());
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(java.util.Locale.ROOT);
            long bytes = switch (unit) {
                case "kb" -> n * 1024;
                case "mb" -> n * 1024 * 1024;
                case "gb" -> n * 1024 * 1024 * 1024;
                default -> n;
            };
            if (bytes > 0) {
                return bytes;
            }
        }
        throw new OptionException("--max-file-size=" + value + " is not a size; write it like 5MB, 800KB or 1000000");
    }
}
