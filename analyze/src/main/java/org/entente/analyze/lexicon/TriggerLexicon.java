package org.entente.analyze.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.entente.analyze.text.PhraseIndex;
import org.entente.analyze.text.PhrasePattern;

/**
 * The trigger lexicon: for each {@link CueKind}, the phrases that signal it. Read from the
 * built-in {@code triggers.txt} and any user files (which add phrases). Each kind's phrases are
 * compiled into one expression, so finding the cues of a sentence is one scan per kind.
 * Immutable and thread-safe.
 */
public final class TriggerLexicon {

    public static final String BUILT_IN = "/org/entente/analyze/triggers.txt";
    private static final Pattern SEPARATOR = Pattern.compile("\\s*\\|\\s*");
    private static final Pattern LIST = Pattern.compile("\\s*;\\s*");

    private final PhraseIndex<CueKind> index = new PhraseIndex<>();

    private TriggerLexicon(Map<CueKind, List<String[]>> phrases) {
        phrases.forEach((kind, list) -> {
            for (String[] phraseAndRegex : list) {
                index.add(phraseAndRegex[0], Pattern.compile(phraseAndRegex[1], Pattern.CASE_INSENSITIVE), kind);
            }
        });
    }

    public static TriggerLexicon load(List<Path> extraFiles) {
        Map<CueKind, List<String[]>> regexes = empty();
        try (InputStream in = TriggerLexicon.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("the built-in trigger lexicon " + BUILT_IN + " is missing");
            }
            read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "triggers.txt (built-in)", regexes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : extraFiles) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                read(reader, file.toString(), regexes);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the lexicon file " + file + ": " + e.getMessage(), e);
            }
        }
        return new TriggerLexicon(regexes);
    }

    /** Reads lexicon text on its own, without the built-in file: for tests. */
    public static TriggerLexicon parse(String text, String origin) {
        Map<CueKind, List<String[]>> regexes = empty();
        try {
            read(new BufferedReader(new StringReader(text)), origin, regexes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TriggerLexicon(regexes);
    }

    /** Every cue in the folded sentence, in text order; cues of one kind do not overlap (the longest wins). */
    public List<Cue> find(String folded) {
        List<PhraseIndex.Hit<CueKind>> hits = new ArrayList<>(index.find(folded));
        hits.sort(Comparator.comparingInt((PhraseIndex.Hit<CueKind> h) -> h.start()).thenComparingInt(h -> -h.end()));
        Map<CueKind, Integer> reached = new EnumMap<>(CueKind.class);
        List<Cue> cues = new ArrayList<>();
        for (PhraseIndex.Hit<CueKind> h : hits) {
            if (h.start() < reached.getOrDefault(h.value(), 0)) {
                continue;
            }
            reached.put(h.value(), h.end());
            cues.add(new Cue(h.value(), h.start(), h.end(), folded.substring(h.start(), h.end())));
        }
        return withoutIdioms(cues);
    }

    /** Drops the idioms and every cue that lies inside one: "le compte rendu de la réunion" plans nothing. */
    private static List<Cue> withoutIdioms(List<Cue> cues) {
        List<Cue> idioms = null;
        for (Cue c : cues) {
            if (c.kind() == CueKind.IDIOM) {
                if (idioms == null) {
                    idioms = new ArrayList<>();
                }
                idioms.add(c);
            }
        }
        if (idioms == null) {
            return cues;
        }
        List<Cue> kept = new ArrayList<>(cues.size());
        for (Cue c : cues) {
            boolean inside = false;
            for (Cue idiom : idioms) {
                inside |= c.start() >= idiom.start() && c.end() <= idiom.end();
            }
            if (!inside) {
                kept.add(c);
            }
        }
        return kept;
    }

    private static Map<CueKind, List<String[]>> empty() {
        Map<CueKind, List<String[]>> map = new EnumMap<>(CueKind.class);
        for (CueKind k : CueKind.values()) {
            map.put(k, new ArrayList<>());
        }
        return map;
    }

    private static void read(BufferedReader reader, String file, Map<CueKind, List<String[]>> regexes) throws IOException {
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            int hash = line.indexOf('#');
            String content = (hash < 0 ? line : line.substring(0, hash)).strip();
            if (content.isEmpty()) {
                continue;
            }
            String where = "lexicon " + file + ", line " + number + ": ";
            String[] fields = SEPARATOR.split(content, -1);
            if (fields.length != 2) {
                throw new IllegalArgumentException(where + "expected 'category | phrase ; phrase ...' (two fields separated by '|'), got: " + line.strip());
            }
            CueKind kind = CueKind.fromLabel(fields[0]);
            if (kind == null) {
                throw new IllegalArgumentException(where + "unknown category '" + fields[0] + "'; known: "
                    + java.util.Arrays.stream(CueKind.values()).map(CueKind::label).toList());
            }
            boolean any = false;
            for (String phrase : LIST.split(fields[1])) {
                if (phrase.isBlank()) {
                    continue;
                }
                try {
                    String regex = PhrasePattern.toRegex(phrase, Map.of());
                    Pattern.compile(regex);
                    regexes.get(kind).add(new String[] {phrase, regex});
                    any = true;
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(where + "cannot read the phrase '" + phrase + "': " + e.getMessage(), e);
                }
            }
            if (!any) {
                throw new IllegalArgumentException(where + "no phrase after the category");
            }
        }
    }
}
