package org.entente.analyze.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.analyze.AnalysisOptions;
import org.entente.analyze.ArticleAnalyzer;
import org.entente.analyze.Dyad;
import org.entente.analyze.merge.EventMerger;

/**
 * Scores the analysis against hand-annotated articles, from code or from the command line.
 */
public final class GoldEvaluation {

    static final String USAGE = String.join(System.lineSeparator(),
            "usage: GoldEvaluation --articles DIR --gold FILE.csv [--dyad CHN,RUS] [--dictionary FILE]... [--lexicon FILE]...",
            "  --articles DIR      folder of annotated articles (any format the ingest module reads)",
            "  --gold FILE.csv     annotations: article,type,status,month,participants_a,participants_b,direction,required,note",
            "  --dyad A,B          the two countries, three-letter codes, side A first (default CHN,RUS)",
            "  --dictionary FILE   an extra actor dictionary (may be repeated)",
            "  --lexicon FILE      an extra trigger lexicon (may be repeated)");

    private GoldEvaluation() {
    }

    /**
     * Analyses every article of the folder with one analyzer, merges each article's mentions on its
     * own (merging across articles would let one article's event answer another's gold row) and scores.
     */
    public static EvaluationReport evaluate(Path articlesDir, Path goldCsv, AnalysisOptions options) throws IOException {
        ArticleAnalyzer analyzer = ArticleAnalyzer.create(options);
        EventMerger merger = new EventMerger(options.dyad());
        return GoldScorer.score(articlesDir, goldCsv, article -> merger.merge(analyzer.analyze(article).mentions()));
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** The command line without {@link System#exit}, so that tests can call it: 0 done, 1 failed, 2 bad arguments. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Path articles = null;
        Path gold = null;
        AnalysisOptions.Builder options = AnalysisOptions.builder();
        try {
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if (name.equals("--help") || name.equals("-h")) {
                    out.println(USAGE);
                    return 0;
                }
                if (!name.startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException(name.startsWith("--")
                            ? name + " needs a value" : "unexpected argument '" + name + "'");
                }
                String value = args[++i];
                switch (name) {
                    case "--articles" -> articles = existing(value, true, name);
                    case "--gold" -> gold = existing(value, false, name);
                    case "--dyad" -> options.dyad(Dyad.parse(value));
                    case "--dictionary" -> options.addDictionary(Path.of(value));
                    case "--lexicon" -> options.addLexicon(Path.of(value));
                    default -> throw new IllegalArgumentException("unknown option " + name);
                }
            }
            if (articles == null || gold == null) {
                throw new IllegalArgumentException("--articles and --gold are both required");
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            out.print(evaluate(articles, gold, options.get()).format());
            return 0;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage()); // a malformed gold file or manifest: the user's input, named with its line
            return 2;
        } catch (IOException e) {
            err.println("could not read the articles or the gold file: " + e.getMessage());
            return 1;
        }
    }

    private static Path existing(String value, boolean folder, String option) {
        Path path = Path.of(value);
        if (folder ? !Files.isDirectory(path) : !Files.isRegularFile(path)) {
            throw new IllegalArgumentException(option + " " + value + " is not an existing " + (folder ? "folder" : "file"));
        }
        return path;
    }
}
