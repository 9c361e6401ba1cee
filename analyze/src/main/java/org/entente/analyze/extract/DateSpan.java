package org.entente.analyze.extract;

import org.entente.analyze.lexicon.Cue;

/**
 * The part of a sentence whose date expressions date a trigger: from the start of its segment to
 * the end of its chunk, plus a short chunk right after ({@code lors de leur rencontre à Pékin, le 4
 * février 2022}); quotations that do not hold the trigger are blanked, so that a date said inside a
 * quote ({@code « ... visiter la Chine en octobre », a déclaré Poutine lors de leur rencontre})
 * does not date the trigger outside it.
 */
final class DateSpan {

    private static final int SHORT_CHUNK = 7;
    private static final int REACH = 300;
    /** "PEKIN/MOSCOU, 8 février (Reuters) -": the dateline dates the article, not the event. */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
        "^\\s*\\p{Lu}[\\p{Lu}\\-/' ]+,\\s*(?:\\p{L}+\\s+)?\\d{1,2}(?:er)?\\s+\\p{L}+(?:\\s+\\d{4})?\\s*(?:\\([^)]{0,40}\\))?\\s*-");

    private DateSpan() {
    }

    static String of(SentenceReading r, Cue trigger) {
        return of(r, trigger, false);
    }

    /**
     * The same, reaching to the end of the trigger's segment: "À l'issue de leur entrevue au Kremlin, les deux
     * présidents ont déclaré ce 21 mars ...": a meeting named in a fronted phrase is dated by its main clause.
     * Used only when the short span says nothing of when.
     */
    /** Where the trigger starts within its span (both spans start at the trigger's segment). */
    static int triggerAt(SentenceReading r, Cue trigger) {
        return trigger.start() - start(r, trigger);
    }

    /** The start of the trigger's segment, or a few hundred characters before the trigger in an endless one. */
    private static int start(SentenceReading r, Cue trigger) {
        Segments s = r.segments();
        return Math.max(s.segmentStart(s.segmentAt(trigger.start())), trigger.start() - REACH);
    }

    static String wide(SentenceReading r, Cue trigger) {
        return of(r, trigger, true);
    }

    private static String of(SentenceReading r, Cue trigger, boolean wide) {
        Segments s = r.segments();
        String f = r.folded();
        int from = start(r, trigger);
        int to = wide ? s.segmentEnd(s.segmentAt(trigger.start())) : s.chunkEnd(trigger.end());
        // a date a few hundred characters from its trigger is another event's
        to = Math.min(to, trigger.end() + REACH);
        if (!wide && to < f.length() && f.charAt(to) == ',') {
            int next = s.chunkEnd(to + 1);
            if (Words.between(f, to + 1, next) <= SHORT_CHUNK) {
                to = next;
            }
        }
        for (Cue other : r.cues()) {
            boolean eventWord = other.kind() == org.entente.analyze.lexicon.CueKind.CONTACT
                || other.kind() == org.entente.analyze.lexicon.CueKind.MEETING
                || other.kind() == org.entente.analyze.lexicon.CueKind.VISIT;
            // "a adressé une lettre ... pour lui proposer une rencontre en avril": the date is the meeting's
            if (eventWord && other.start() >= trigger.end() && other.start() < to) {
                to = other.start();
            }
        }
        // Cut from the text with its accents (same offsets as the folded one): folded, "à Pékin en
        // février" reads "a pekin en fevrier", and the preposition passes for the auxiliary of
        // "a annoncé mercredi", whose date the event date rules rightly skip.
        StringBuilder span = new StringBuilder(r.sentence().normalized().substring(from, to));
        java.util.regex.Matcher dateline = DATELINE.matcher(span);
        if (dateline.find()) {
            for (int i = dateline.start(); i < dateline.end(); i++) {
                span.setCharAt(i, ' ');
            }
        }
        boolean inside = false;
        int quoteStart = -1;
        for (int i = 0; i < span.length(); i++) {
            if (span.charAt(i) == '"') {
                if (!inside) {
                    quoteStart = i;
                } else {
                    blankUnlessHolds(span, quoteStart, i, trigger.start() - from);
                }
                inside = !inside;
            }
        }
        return span.toString();
    }

    private static void blankUnlessHolds(StringBuilder span, int open, int close, int triggerAt) {
        if (triggerAt > open && triggerAt < close) {
            return;
        }
        for (int i = open; i <= close; i++) {
            span.setCharAt(i, ' ');
        }
    }
}
