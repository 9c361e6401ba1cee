package org.entente.analyze.time;

import java.util.List;
import org.entente.analyze.EventStatus;
import org.entente.ingest.ArticleDate;
import org.entente.ingest.MatchingText;
import org.entente.ingest.PartialDate;

/**
 * Dates an event from the sentence that reports it, resolved against the article's date
 * (rules in analyze/docs/dates-and-merging.md). One instance serves every thread; each thread remembers the last two
 * texts it read.
 */
public final class EventDates {

    private static volatile EventDates standard;
    // "a déclaré mercredi", "ont annoncé hier": right after a past verb, an expression dates the announcement,
    // not the planned event it announces.
    private static final java.util.regex.Pattern ANNOUNCED = java.util.regex.Pattern.compile(
        "\\b(?:a|ont|avait|avaient)\\s+\\p{L}+\\s+$");

    private final DateExpressions expressions;

    /** What a text says, read once: an event's span is asked whether it holds a date, then dated (a tenth of the analysis). */
    private record Read(String text, String normalized, String folded, List<DateExpressions.Found> found) {
    }

    private final ThreadLocal<Read[]> lastReads = ThreadLocal.withInitial(() -> new Read[2]);

    private Read read(String text) {
        Read[] last = lastReads.get();
        for (Read r : last) {
            if (r != null && r.text().equals(text)) {
                return r;
            }
        }
        String normalized = MatchingText.normalize(text);
        String folded = FrenchText.foldNormalized(normalized);
        Read r = new Read(text, normalized, folded, expressions.find(folded, normalized));
        last[1] = last[0];
        last[0] = r;
        return r;
    }

    EventDates(ReferenceCalendar calendar) {
        this.expressions = new DateExpressions(calendar);
    }

    /** The instance backed by the built-in reference calendar. */
    public static EventDates standard() {
        EventDates dates = standard;
        if (dates == null) {
            synchronized (EventDates.class) {
                dates = standard;
                if (dates == null) {
                    dates = new EventDates(ReferenceCalendar.standard());
                    standard = dates;
                }
            }
        }
        return dates;
    }

    /**
     * The date of the event the sentence reports. An occurred event takes the first date expression of the
     * sentence that can be resolved; a planned one the latest it resolves to (the announcement comes first,
     * the planned date after), skipping a relative expression right after a past verb ({@code a déclaré
     * mercredi}), which dates the announcement. Expressions in another clause ({@code depuis ...}) are skipped. With no
     * expression: the article's date, no finer than its month. Null when neither the text nor the article dates it.
     *
     * @param sentence    the sentence as written (not normalised)
     * @param articleDate the article's date, possibly undated
     * @param status      planned events look forward from the article date, occurred ones back
     */
    public PartialDate resolve(String sentence, ArticleDate articleDate, EventStatus status) {
        return resolve(sentence, articleDate, status, -1);
    }

    /**
     * The same, for a report whose trigger starts at {@code anchor} in the sentence: an occurred event takes the
     * resolvable expression nearest its trigger, so that in "Poutine aurait accepté de venir en octobre, là où Xi
     * s'était rendu à Moscou en mars", the visit is of March. A negative anchor keeps the first expression.
     */
    public PartialDate resolve(String sentence, ArticleDate articleDate, EventStatus status, int anchor) {
        Read read = read(sentence);
        String normalized = read.normalized();
        String folded = read.folded();
        Reference reference = new Reference(articleDate.date(), status == EventStatus.PLANNED,
            articleDate.source() == org.entente.ingest.DateSource.INFERRED);
        PartialDate chosen = null;
        int nearest = Integer.MAX_VALUE;
        for (DateExpressions.Found found : read.found()) {
            if (OtherClauses.isOther(folded, found.start()) && !(anchor >= 0 && OtherClauses.headsStretch(folded, anchor, found.start()))) {
                continue;
            }
            if (reference.planned() && !found.absolute() && announcement(normalized, found.start())) {
                continue;
            }
            PartialDate date = found.resolve(reference);
            if (date == null) {
                continue;
            }
            if (!reference.planned()) {
                if (anchor < 0) {
                    return date;
                }
                // a date usually follows its verb ("s'est rendu à Moscou en mars"): those after count half as far
                int distance = found.start() >= anchor ? (found.start() - anchor) / 2 : anchor - found.end() + 1;
                if (commaBetween(folded, found, anchor)) {
                    // "un plan présenté en février, la visite de Xi à Moscou en mars": a comma closes the other item's date
                    distance += COMMA_PENALTY;
                }
                if (chosen == null || distance < nearest) {
                    chosen = date;
                    nearest = distance;
                }
                continue;
            }
            if (chosen == null || date.compareTo(chosen) > 0) {
                chosen = date;
            }
        }
        return chosen != null ? chosen : reference.monthOrCoarser();
    }

    private static final int COMMA_PENALTY = 60;

    private static boolean commaBetween(String folded, DateExpressions.Found found, int anchor) {
        int from = Math.min(found.end(), anchor);
        int to = Math.max(found.start(), anchor);
        return from < to && folded.substring(from, Math.min(to, folded.length())).indexOf(',') >= 0;
    }

    /** Every month or day the sentence gives, in text order, each once ("à Pékin en mai puis à Astana en juillet"). */
    public List<PartialDate> every(String sentence, ArticleDate articleDate, EventStatus status) {
        Read read = read(sentence);
        String folded = read.folded();
        Reference reference = new Reference(articleDate.date(), status == EventStatus.PLANNED,
            articleDate.source() == org.entente.ingest.DateSource.INFERRED);
        List<PartialDate> dates = new java.util.ArrayList<>(2);
        for (DateExpressions.Found found : read.found()) {
            PartialDate date = OtherClauses.isOther(folded, found.start()) ? null : found.resolve(reference);
            if (date != null && date.month() != 0 && !dates.contains(date)) {
                dates.add(date);
            }
        }
        return dates;
    }

    /** Checked on the unfolded text, where the verb {@code a} is not the preposition {@code à}. */
    private static boolean announcement(String normalized, int start) {
        String before = normalized.substring(Math.max(0, start - 30), start).toLowerCase(java.util.Locale.ROOT);
        return ANNOUNCED.matcher(before).find();
    }

    /** Whether the sentence says when something happened (used to prefer it as evidence). */
    public boolean hasDateExpression(String sentence) {
        Read read = read(sentence);
        String folded = read.folded();
        for (DateExpressions.Found f : read.found()) {
            if (!OtherClauses.isOther(folded, f.start())) {
                return true;
            }
        }
        return false;
    }
}
