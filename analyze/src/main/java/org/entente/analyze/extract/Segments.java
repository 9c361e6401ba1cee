package org.entente.analyze.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.analyze.lexicon.Cue;
import org.entente.analyze.lexicon.CueKind;

/**
 * The parts of a sentence the rules reason about. A <em>segment</em> ends where reported speech
 * begins ({@code Xi a déclaré à Poutine que | Pékin continuerait...}): actors on one side of that
 * boundary are not the participants of an event on the other. A <em>chunk</em> is the stretch
 * between commas, semicolons, colons, brackets and quotes: the first place to look for the
 * participants of a trigger.
 */
public final class Segments {

    private static final Pattern QUE = Pattern.compile("(?<![\\p{L}])qu(?:e(?![\\p{L}])|'\\s*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_REPORTING_QUE = Pattern.compile(
        "(?i)(?<![\\p{L}])(?:alors|bien|depuis|parce|tandis|avant|apres|ainsi|pendant|des|lors|afin|sans|pour|tel|tels|telle|telles|ce|plus|moins|autre|meme|si|tant)\\s*$");
    private static final int MAX_SPEECH_TO_QUE = 120;

    private final String folded;
    private final List<Integer> starts;
    private final List<Integer> speechPositions;

    private Segments(String folded, List<Integer> starts, List<Integer> speechPositions) {
        this.folded = folded;
        this.starts = starts;
        this.speechPositions = speechPositions;
    }

    public static Segments of(String folded, List<Cue> cues) {
        List<Integer> starts = new ArrayList<>();
        List<Integer> speech = new ArrayList<>();
        starts.add(0);
        speech.add(-1);
        for (Cue cue : cues) {
            if (cue.kind() != CueKind.SPEECH || cue.end() <= starts.get(starts.size() - 1)) {
                continue;
            }
            Matcher m = QUE.matcher(folded);
            int limit = Math.min(folded.length(), cue.end() + MAX_SPEECH_TO_QUE);
            m.region(cue.end(), limit);
            while (m.find()) {
                String before = folded.substring(Math.max(0, m.start() - 10), m.start());
                if (NOT_REPORTING_QUE.matcher(before).find()) {
                    continue;
                }
                // a sentence or quote boundary between the verb and que means it is not its complement
                String between = folded.substring(cue.end(), m.start());
                if (between.indexOf('"') < 0 && between.indexOf(';') < 0) {
                    starts.add(m.start());
                    speech.add(cue.start());
                }
                break;
            }
        }
        return new Segments(folded, List.copyOf(starts), List.copyOf(speech));
    }

    /** Index of the segment holding an offset. */
    public int segmentAt(int offset) {
        int index = 0;
        for (int i = 0; i < starts.size(); i++) {
            if (starts.get(i) <= offset) {
                index = i;
            }
        }
        return index;
    }

    public int segmentStart(int segment) {
        return starts.get(segment);
    }

    public int segmentEnd(int segment) {
        return segment + 1 < starts.size() ? starts.get(segment + 1) : folded.length();
    }

    /** Whether the segment is speech reported by a verb of saying in the segment before it. */
    public boolean isReported(int segment) {
        return speechPositions.get(segment) >= 0;
    }

    /**
     * For reported speech, the stretch that says who speaks: from the clause start before the verb
     * of saying up to the verb ({@code le secrétaire d'État américain Antony Blinken a averti}).
     */
    public int[] speakerRegion(int segment) {
        int verb = speechPositions.get(segment);
        if (verb < 0) {
            return null;
        }
        int from = segmentStart(segment - 1);
        for (int i = verb - 1; i >= from; i--) {
            if (isChunkBoundary(folded.charAt(i))) {
                from = i + 1;
                break;
            }
        }
        return new int[] {from, segmentEnd(segment - 1)};
    }

    public int chunkStart(int offset) {
        int floor = segmentStart(segmentAt(offset));
        for (int i = Math.min(offset, folded.length()) - 1; i >= floor; i--) {
            if (isChunkBoundary(folded.charAt(i))) {
                return i + 1;
            }
        }
        return floor;
    }

    public int chunkEnd(int offset) {
        int ceiling = segmentEnd(segmentAt(offset));
        for (int i = offset; i < ceiling; i++) {
            if (isChunkBoundary(folded.charAt(i))) {
                return i;
            }
        }
        return ceiling;
    }

    /** The start of the clause holding an offset: after the last comma, semicolon or colon (quotes do not cut). */
    public int clauseStart(int offset) {
        int floor = segmentStart(segmentAt(offset));
        for (int i = Math.min(offset, folded.length()) - 1; i >= floor; i--) {
            char c = folded.charAt(i);
            if (c == ',' || c == ';' || c == ':') {
                return i + 1;
            }
        }
        return floor;
    }

    static boolean isChunkBoundary(char c) {
        return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"';
    }
}
