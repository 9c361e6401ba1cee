package org.entente.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.entente.analyze.AnalysisOptions;
import org.entente.analyze.ArticleAnalyzer;
import org.entente.ingest.IngestOptions;
import org.entente.ingest.IngestedFile;
import org.entente.ingest.InputFolder;

/**
 * How long the analysis takes on four pathological texts, each against an ordinary article of the same size
 * (made of the corpus generator's sentences). The files are generated here, never committed:
 * <ol>
 *   <li>one line of about 890 KB without a sentence end: 150,000 words of news vocabulary (names, months,
 *       weekdays, "a rencontré", "entretien téléphonique");</li>
 *   <li>one sentence of about 960 KB listing the same pair of names 30,000 times with commas;</li>
 *   <li>50,000 opening guillemets;</li>
 *   <li>20,000 nested brackets around a meeting sentence.</li>
 * </ol>
 * The files are read by the real ingest and analysed by the real analyzer, in this JVM, one at a time after a
 * warm-up. With --job-jar the job is also run on them, to show what articles.csv says of each.
 *
 * <p>Command line: {@code OddFilesBenchmark --work=DIR [--job-jar=report/target/entente.jar]}.
 */
public final class OddFilesBenchmark {

    /** News words, long and short, so that 150,000 of them make about 890 KB as in the file. */
    private static final String[] VOCABULARY = {"Poutine", "Xi", "Jinping", "Lavrov", "Wang", "Yi", "mars", "mai", "juin",
        "lundi", "mardi", "jeudi", "a rencontré", "entretien téléphonique", "le", "la", "de", "et", "à", "un", "en", "du",
        "les", "avec", "Pékin", "Moscou", "sommet", "russe", "chinois", "2024", "15", "Vladimir"};

    private OddFilesBenchmark() {
    }

    /** One odd text, and the name of its file. */
    record Odd(String name, String text) {
    }

    public static void main(String[] args) throws Exception {
        Arguments a = Arguments.parse(args, "work", "job-jar");
        Path work = Path.of(a.get("work", "target/odd-files")).toAbsolutePath();
        Path folder = work.resolve("input");
        FileTrees.delete(work);
        Files.createDirectories(folder);
        List<Odd> odds = oddTexts();
        for (Odd odd : odds) {
            String text = " date 2024-03 " + odd.name() + "\n\n" + odd.text() + "\n";
            Files.writeString(folder.resolve("odd-" + odd.name() + ".txt"), text, StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("ordinary-" + odd.name() + ".txt"),
                ordinary(text.getBytes(StandardCharsets.UTF_8).length), StandardCharsets.UTF_8);
        }
        InputFolder input = InputFolder.open(folder, IngestOptions.builder().maxFileBytes(50L * 1024 * 1024).get());
        ArticleAnalyzer analyzer = ArticleAnalyzer.create(AnalysisOptions.defaults());
        warmUp(analyzer);
        System.out.println("Machine: " + Machine.describe());
        System.out.println("| text | bytes | sentences (odd / ordinary) | odd | ordinary of the same size |");
        System.out.println("|---|---|---|---|---|");
        for (Odd odd : odds) {
            Timed oddRun = analyse(input, analyzer, "odd-" + odd.name() + ".txt");
            Timed ordinaryRun = analyse(input, analyzer, "ordinary-" + odd.name() + ".txt");
            System.out.printf(Locale.ROOT, "| %s | %,d | %d / %d | %.2f s | %.2f s |%n", odd.name(),
                Files.size(folder.resolve("odd-" + odd.name() + ".txt")), oddRun.sentences(), ordinaryRun.sentences(),
                oddRun.seconds(), ordinaryRun.seconds());
        }
        String jar = a.get("job-jar", "");
        if (!jar.isBlank()) {
            runJob(Path.of(jar), folder, work.resolve("output"));
        }
    }

    static List<Odd> oddTexts() {
        List<Odd> odds = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(42);
        StringBuilder words = new StringBuilder(900_000);
        for (int i = 0; i < 150_000; i++) {
            words.append(i == 0 ? "" : " ").append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
        }
        odds.add(new Odd("one-line-150000-words", words.toString()));
        odds.add(new Odd("30000-name-pairs", "Vladimir Poutine et Xi Jinping, ".repeat(30_000) + "ont parlé."));
        odds.add(new Odd("50000-guillemets", "«".repeat(50_000) + " Xi Jinping a rencontré Vladimir Poutine lundi."));
        odds.add(new Odd("20000-nested-brackets",
            "(".repeat(20_000) + "Xi Jinping a rencontré Vladimir Poutine lundi" + ")".repeat(20_000) + "."));
        return odds;
    }

    /** The corpus generator's articles, one after the other, cut to about the given number of bytes. */
    static String ordinary(int bytes) {
        ArticleComposer composer = new ArticleComposer(7, 100_000);
        StringBuilder text = new StringBuilder(bytes + 4096).append(" date 2024-03 Chronique\n\n");
        for (int i = 0; text.length() * 1.05 < bytes; i++) {
            String article = composer.compose(i).text();
            text.append(article, article.indexOf("\n\n") + 2, article.length()).append('\n');
        }
        return text.toString();
    }

    record Timed(double seconds, int sentences) {
    }

    private static Timed analyse(InputFolder input, ArticleAnalyzer analyzer, String file) {
        IngestedFile ingested = input.read(file).get(0);
        if (ingested.isRejected()) {
            throw new IllegalStateException(file + " was rejected by ingest: " + ingested.reason());
        }
        long start = System.nanoTime();
        var analysis = analyzer.analyze(ingested.article());
        return new Timed((System.nanoTime() - start) / 1e9, analysis.sentences());
    }

    private static void warmUp(ArticleAnalyzer analyzer) throws IOException {
        Path dir = Files.createTempDirectory("warm-up");
        try {
            for (int i = 0; i < 300; i++) {
                Files.writeString(dir.resolve(i + ".txt"), new ArticleComposer(3, 1000).compose(i).text());
            }
            InputFolder warm = InputFolder.open(dir, IngestOptions.builder().get());
            for (String file : warm.files()) {
                analyzer.analyze(warm.read(file).get(0).article());
            }
        } finally {
            FileTrees.delete(dir);
        }
    }

    private static void runJob(Path jar, Path input, Path output) throws Exception {
        long start = System.nanoTime();
        Process job = new ProcessBuilder("java", "-Xmx512m", "-jar", jar.toAbsolutePath().toString(), "--input=" + input,
            "--output=" + output).redirectErrorStream(true).redirectOutput(output.resolveSibling("job.log").toFile()).start();
        int exit = job.waitFor();
        System.out.printf(Locale.ROOT, "%nThe job on the eight files: exit %d in %.1f s (JVM start-up included); articles.csv:%n",
            exit, (System.nanoTime() - start) / 1e9);
        if (Files.exists(output.resolve("articles.csv"))) {
            Files.readAllLines(output.resolve("articles.csv")).forEach(line -> System.out.println("  " + line));
        }
    }
}
