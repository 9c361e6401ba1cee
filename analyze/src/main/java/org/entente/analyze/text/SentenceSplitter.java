package org.entente.analyze.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * Splits an article into sentences. Every line break is a hard boundary, because headlines and
 * photo captions end without a full stop; within a line, OpenNLP's French model decides (it knows
 * {@code M. Xi} and {@code Mme}). The model is read once per JVM; the detector itself is not
 * thread-safe, so each thread gets its own.
 */
public final class SentenceSplitter {

    private static final String MODEL = "/opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin";
    /** The list bullets a page flattened into one line ("▪️Ils discuteront ...▪️Il est prévu ..."): they end a line. */
    private static final Pattern BULLET = Pattern.compile("[\u25AA\u25AB\u25A0\u2022\u25BA\u25FE\u27A4]\uFE0F?");
    private static final Pattern TITLE_AT_END = Pattern.compile("(?:^|[\\s(])(?:MM|M|Mme|Mmes|Mlle|Mgr|Dr|Pr|Me|St|Ste|Gén|gén)\\.$");
    private static final String BULLETS = "\u25AA\u25AB\u25A0\u2022\u25BA\u25FE\u27A4";
    private static final SentenceModel SHARED_MODEL = loadModel();
    /** The characters the model may end a sentence at, as a string: looked up per character, without boxing. */
    private static final String SENTENCE_ENDS = endOfSentenceCharacters();

    /** The longest sentence the rules read; longer runs of text are cut (see {@link #capped}). */
    static final int MAX_SENTENCE = 2000;

    private final ThreadLocal<SentenceDetectorME> detector =
        ThreadLocal.withInitial(() -> new SentenceDetectorME(SHARED_MODEL));

    public List<Sentence> split(String text) {
        if (hasBullet(text)) {
            text = BULLET.matcher(text).replaceAll("\n");
        }
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        boolean previousBlank = false;
        for (String line : lines(text)) {
            if (line.isBlank()) {
                if (!sentences.isEmpty() && !previousBlank) {
                    paragraph++;
                }
                previousBlank = true;
                continue;
            }
            previousBlank = false;
            for (String piece : splitLine(line)) {
                for (String part : capped(piece)) {
                    sentences.add(Sentence.of(sentences.size() + 1, paragraph, part));
                }
            }
        }
        return List.copyOf(sentences);
    }

    /** The lines of a text at \n, \r\n or \r, empty ones kept; by hand, as a regular expression split cost 6% of the analysis. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }

    /**
     * A "sentence" longer than any real one (a broken export, a list of thousands of names) is cut, at a comma
     * or else a space before the limit, so that no rule ever reads more than {@link #MAX_SENTENCE} characters at
     * once and the analysis stays linear in the length of the text.
     */
    private static boolean hasBullet(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u2022' && BULLETS.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    static List<String> capped(String piece) {
        if (piece.length() <= MAX_SENTENCE) {
            return List.of(piece);
        }
        List<String> parts = new ArrayList<>(piece.length() / MAX_SENTENCE + 1);
        int from = 0;
        while (piece.length() - from > MAX_SENTENCE) {
            int limit = from + MAX_SENTENCE;
            int cut = piece.lastIndexOf(',', limit);
            if (cut <= from + MAX_SENTENCE / 2) {
                cut = piece.lastIndexOf(' ', limit);
            }
            if (cut <= from + MAX_SENTENCE / 2) {
                cut = limit;
            } else {
                cut++;
            }
            String part = piece.substring(from, cut).strip();
            if (!part.isEmpty()) {
                parts.add(part);
            }
            from = cut;
        }
        String rest = piece.substring(from).strip();
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    private List<String> splitLine(String line) {
        if (isOneSentence(line)) {
            return List.of(trimmed(line));
        }
        return modelPieces(line);
    }

    /** The pieces the model makes of a line, marks it cut off joined back to their sentence. */
    List<String> modelPieces(String line) {
        Span[] spans = detector.get().sentPosDetect(line);
        List<String> pieces = new ArrayList<>(spans.length);
        String pending = null;
        for (Span span : spans) {
            String piece = line.substring(span.getStart(), span.getEnd()).strip();
            if (piece.isEmpty()) {
                continue;
            }
            // A closing quote or a lone mark cut off by the model belongs to the sentence before it, and so does what
            // follows a title's abbreviation the model does not know ("entre MM. Xi et Poutine").
            if (pending != null && (!hasLetter(piece) || TITLE_AT_END.matcher(pending).find())) {
                pending = pending + " " + piece;
                continue;
            }
            if (pending != null) {
                pieces.add(pending);
            }
            pending = piece;
        }
        if (pending != null) {
            pieces.add(pending);
        }
        if (pieces.isEmpty() && !line.isBlank()) {
            pieces.add(line.strip());
        }
        return pieces;
    }

    /**
     * Whether the model has no choice to make: it only considers the characters that can end a
     * sentence, and when the only such characters form one run at the very end of the line, the
     * line is one sentence whatever the model says. Most lines are headlines or one-sentence
     * paragraphs, so this skips most model calls.
     */
    static boolean isOneSentence(String line) {
        int end = line.length();
        while (end > 0 && StringUtil.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        int i = end;
        while (i > 0 && SENTENCE_ENDS.indexOf(line.charAt(i - 1)) >= 0) {
            i--;
        }
        for (int k = 0; k < i; k++) {
            if (SENTENCE_ENDS.indexOf(line.charAt(k)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The line as the model returns a one-sentence line: without the spaces it trims (it also trims no-break spaces). */
    private static String trimmed(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && StringUtil.isWhitespace(line.charAt(start))) {
            start++;
        }
        while (end > start && StringUtil.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        return start == end ? line.strip() : line.substring(start, end).strip();
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String endOfSentenceCharacters() {
        StringBuilder ends = new StringBuilder();
        SHARED_MODEL.getFactory().getEndOfSentenceScanner().getEOSCharacters().forEach(ends::append);
        return ends.toString();
    }

    private static SentenceModel loadModel() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the French sentence model " + MODEL + " is not on the class path");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the French sentence model", e);
        }
    }
}
