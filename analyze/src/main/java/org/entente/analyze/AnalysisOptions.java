package org.entente.analyze;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a run analyses articles: which pair of countries, and which user files add to the built-in
 * actor dictionary and trigger lexicon. Immutable; made with {@link #builder()}, which checks the
 * files exist so that a bad option stops the run before it starts.
 */
public final class AnalysisOptions {

    private final Dyad dyad;
    private final List<Path> extraDictionaries;
    private final List<Path> extraLexicons;

    private AnalysisOptions(Builder builder) {
        this.dyad = builder.dyad;
        this.extraDictionaries = List.copyOf(builder.extraDictionaries);
        this.extraLexicons = List.copyOf(builder.extraLexicons);
    }

    public static AnalysisOptions defaults() {
        return builder().get();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Dyad dyad() {
        return dyad;
    }

    public List<Path> extraDictionaries() {
        return extraDictionaries;
    }

    public List<Path> extraLexicons() {
        return extraLexicons;
    }

    public static final class Builder {
        private Dyad dyad = Dyad.CHINA_RUSSIA;
        private final List<Path> extraDictionaries = new ArrayList<>();
        private final List<Path> extraLexicons = new ArrayList<>();

        private Builder() {
        }

        public Builder dyad(Dyad value) {
            this.dyad = Objects.requireNonNull(value, "dyad");
            return this;
        }

        public Builder addDictionary(Path file) {
            extraDictionaries.add(requireReadable(file, "dictionary"));
            return this;
        }

        public Builder addLexicon(Path file) {
            extraLexicons.add(requireReadable(file, "lexicon"));
            return this;
        }

        public AnalysisOptions get() {
            return new AnalysisOptions(this);
        }

        private static Path requireReadable(Path file, String what) {
            Objects.requireNonNull(file, what);
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new IllegalArgumentException("the " + what + " file " + file + " does not exist or cannot be read");
            }
            return file;
        }
    }
}
