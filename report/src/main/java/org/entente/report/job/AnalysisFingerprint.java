package org.entente.report.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.entente.analyze.AnalysisOptions;
import org.entente.analyze.ArticleAnalyzer;
import org.entente.ingest.Sha256;

/**
 * What an article's stored mentions depend on besides its text and date: the dyad, the user's
 * dictionary and lexicon files, and the analysis code itself. When any of them changes, every
 * article is analysed again; when none does, a re-run reuses the stored mentions.
 */
public final class AnalysisFingerprint {

    private AnalysisFingerprint() {
    }

    public static String of(AnalysisOptions options) {
        StringBuilder key = new StringBuilder(options.dyad().toString());
        Stream.concat(options.extraDictionaries().stream(), options.extraLexicons().stream())
            .forEach(file -> key.append('|').append(file).append('=').append(contentHash(file)));
        key.append('|').append(analysisCodeVersion());
        return Sha256.hex(key.toString());
    }

    private static String contentHash(Path file) {
        try {
            return Sha256.hex(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The analyze jar's size and time, or the newest class file when running from a build folder. */
    private static String analysisCodeVersion() {
        try {
            Path code = Path.of(ArticleAnalyzer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return Files.size(code) + "@" + Files.getLastModifiedTime(code).toMillis();
            }
            try (Stream<Path> files = Files.walk(code)) {
                return String.valueOf(files.filter(Files::isRegularFile).mapToLong(AnalysisFingerprint::modified).max().orElse(0));
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Inside a Spring Boot jar the location is a nested jar URL: the boot jar's own
            // version stands for it, and the project version changes with every release.
            return String.valueOf(ArticleAnalyzer.class.getPackage().getImplementationVersion());
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
