package org.entente.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Writes a synthetic corpus of French articles, deterministic by seed: the same seed and size give
 * byte-identical files. Layout of {@code dir}:
 * <ul>
 *   <li>{@code articles/000001.txt ...}: the articles, the folder to give the job as {@code --input};</li>
 *   <li>{@code expected-events.csv}: {@code article,type,status,month,participants_a,participants_b,direction},
 *       the events the generator put in, in article order (distractors give no row);</li>
 *   <li>{@code corpus.properties}: size, seed and totals (sentences, bytes), written last, so
 *       that its presence means the corpus is complete.</li>
 * </ul>
 * Command line: {@code CorpusGenerator --dir=target/corpus --articles=10000 --seed=42}.
 */
public final class CorpusGenerator {

    public static final String ARTICLES = "articles";
    public static final String EXPECTED = "expected-events.csv";
    public static final String SUMMARY = "corpus.properties";

    /** What was written: the figures the benchmarks divide by. */
    public record Summary(int articles, long seed, long sentences, long bytes, int events, int counted) {

        static Summary read(Path dir) throws IOException {
            java.util.Properties p = new java.util.Properties();
            try (var in = Files.newBufferedReader(dir.resolve(SUMMARY), StandardCharsets.UTF_8)) {
                p.load(in);
            }
            return new Summary(Integer.parseInt(p.getProperty("articles")), Long.parseLong(p.getProperty("seed")),
                Long.parseLong(p.getProperty("sentences")), Long.parseLong(p.getProperty("bytes")),
                Integer.parseInt(p.getProperty("events")), Integer.parseInt(p.getProperty("counted")));
        }
    }

    private CorpusGenerator() {
    }

    /**
     * Writes {@code articles} articles into {@code dir} (created if needed).
     *
     * @throws IllegalArgumentException when {@code dir/articles} already holds files: mixing two
     *                                  corpora would make the expected events wrong
     */
    public static Summary generate(Path dir, int articles, long seed) throws IOException {
        if (articles < 1) {
            throw new IllegalArgumentException("the number of articles must be at least 1, was " + articles);
        }
        Path folder = dir.resolve(ARTICLES);
        Files.createDirectories(folder);
        try (var existing = Files.list(folder)) {
            if (existing.findAny().isPresent()) {
                throw new IllegalArgumentException(folder + " is not empty: give an empty or new folder");
            }
        }
        Files.deleteIfExists(dir.resolve(SUMMARY));
        ArticleComposer composer = new ArticleComposer(seed, articles);
        @SuppressWarnings("unchecked")
        List<ExpectedEvent>[] expected = new List[articles];
        AtomicLong sentences = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        // Each article has its own random stream, so writing them in parallel changes nothing in the output.
        IntStream.range(0, articles).parallel().forEach(i -> {
            ArticleComposer.Composed article = composer.compose(i);
            byte[] content = article.text().getBytes(StandardCharsets.UTF_8);
            try {
                Files.write(folder.resolve(article.id() + ".txt"), content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            expected[i] = article.events();
            sentences.addAndGet(article.sentences());
            bytes.addAndGet(content.length);
        });
        int events = 0;
        int counted = 0;
        try (Writer out = Files.newBufferedWriter(dir.resolve(EXPECTED), StandardCharsets.UTF_8)) {
            out.write(ExpectedEvent.HEADER);
            out.write('\n');
            for (List<ExpectedEvent> list : expected) {
                for (ExpectedEvent event : list) {
                    out.write(event.csvRow());
                    out.write('\n');
                    events++;
                    if (event.status().equals("occurred")) {
                        counted++;
                    }
                }
            }
        }
        Summary summary = new Summary(articles, seed, sentences.get(), bytes.get(), events, counted);
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("articles", summary.articles());
        values.put("seed", summary.seed());
        values.put("sentences", summary.sentences());
        values.put("bytes", summary.bytes());
        values.put("events", summary.events());
        values.put("counted", summary.counted());
        StringBuilder text = new StringBuilder("# synthetic corpus written by org.entente.bench.CorpusGenerator\n");
        values.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Files.writeString(dir.resolve(SUMMARY), text, StandardCharsets.UTF_8);
        return summary;
    }

    /** The corpus in {@code dir} when it is complete and of this size and seed; else writes it. */
    public static Summary reuseOrGenerate(Path dir, int articles, long seed) throws IOException {
        if (Files.isRegularFile(dir.resolve(SUMMARY))) {
            Summary existing = Summary.read(dir);
            if (existing.articles() == articles && existing.seed() == seed) {
                return existing;
            }
        }
        if (Files.isDirectory(dir.resolve(ARTICLES))) {
            FileTrees.delete(dir.resolve(ARTICLES));
        }
        return generate(dir, articles, seed);
    }

    public static void main(String[] args) throws IOException {
        Arguments arguments = Arguments.parse(args, "dir", "articles", "seed");
        Path dir = Path.of(arguments.get("dir", "target/corpus"));
        int articles = Integer.parseInt(arguments.get("articles", "10000"));
        long seed = Long.parseLong(arguments.get("seed", "42"));
        long start = System.nanoTime();
        Summary summary = generate(dir, articles, seed);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(java.util.Locale.ROOT,
            "wrote %d articles (%d sentences, %.1f MB, %d expected events of which %d occurred) to %s in %.1f s%n",
            summary.articles(), summary.sentences(), summary.bytes() / 1e6, summary.events(), summary.counted(),
            dir.toAbsolutePath(), seconds);
    }
}
