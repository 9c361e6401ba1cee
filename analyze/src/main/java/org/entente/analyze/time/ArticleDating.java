package org.entente.analyze.time;

import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleDate;
import org.entente.ingest.DateSource;
import org.entente.ingest.MatchingText;
import org.entente.ingest.read.Dateline;
import org.entente.ingest.PartialDate;

/**
 * An article's date: the one ingest found (header, dateline, manifest), else one inferred from the text,
 * else undated. Inference takes every explicit full date and every reference-event phrase of the text
 * and keeps the latest point it gives (rules in analyze/docs/dates-and-merging.md). Immutable: one
 * instance serves every thread.
 */
public final class ArticleDating {

    private static volatile ArticleDating standard;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?!\\d)|\\n+");
    // Future and conditional forms and planning words: in such a sentence a date is where the text is heading,
    // not a point it has reached. Every French future or conditional ends in -ra, -ront, -rait or -raient; the
    // common nouns with those endings are excluded, and capitalised words (Ankara, Samara) are names.
    private static final Pattern FUTURE = Pattern.compile(
        "\\b(?!(?:front|affront|retrait|portrait|attrait|extrait|trait|abstrait|distrait|soustrait|opera|camera|cholera"
            + "|extra|ultra|mantra|cobra|chakra)\\b)\\p{L}{2,}(?:rait|raient|ront|ra)\\b"
            + "|\\b(?:va|vont|doit|doivent|devrait|devraient|prevu|prevue|prevus|prevues|prevoit|prevoient|prochain|prochaine)\\b");
    /** A bare year after "en" or "depuis", not part of a full date ("en 2023", not "le 3 mars 2023"). */
    private static final Pattern PAST_YEAR = Pattern.compile("\\b(?:en|depuis)\\s+((?:19|20)\\d{2})(?![\\d.-])");
    private static final Pattern TARGET = Pattern.compile("\\b(?:d'ici|horizon|objectif|prevision|prevoit|pourrait|plan|programme|strategie)\\b");
    private static final int TARGET_REACH = 40;
    private static final Pattern PAST_VERB_BEFORE = Pattern.compile(
        "\\b(?:a|ont|avait|avaient)\\s+(?:\\p{L}+\\s+)?(?:annonce|declare|indique|affirme|dit|confirme|precise|assure|fait savoir"
            + "|souligne|rappele|ajoute)\\b[^.;]{0,40}$|^\\s*(?:interroge|interrogee|s'exprimant)\\b[^.;]{0,30}$");
    private static final int DATELINE_PARAGRAPHS = 7;
    private static final Pattern CREDIT_NEXT = Pattern.compile("\\s*(?:REUTERS|Reuters/|AFP|AP Photo|EPA|Getty|Sputnik/|TASS/|Xinhua/|Photo\\s*:)");
    private static final int DATELINE_SLACK_DAYS = 31;
    /** "ce 21 août": the demonstrative points at the day of writing. */
    private static final Pattern TODAY = Pattern.compile("\\bce\\s+(?:\\p{L}+\\s+)?$");
    private static final int YEARLESS_REACH_DAYS = 120;
    /** Sentences on each side of a yearless day where the encounter's names may be: a lede names the leaders, the next sentence the day. */
    private static final int ENCOUNTER_REACH = 2;
    private static final Pattern STARTING = Pattern.compile("\\ba\\s+partir\\s+d(?:u|e)?\\s*$");
    /** "le traité du 16 juillet 2001": a thing named by its date, not a point the article reports from. */
    private static final Pattern NAMED_BY_DATE = Pattern.compile(
        "\\b(?:traite|accord|declaration|communique|resolution|loi|decret|charte|contrat|memorandum|pacte|protocole|plan|document)s?"
            + "\\b[^.;:]*\\bdu\\s*$");
    private static final int NAMED_REACH = 100;
    private static final Pattern RANGE_AFTER = Pattern.compile("^\\s*(?:au|-)\\s");
    private static final Pattern PARAGRAPH_END = Pattern.compile("\\n+");
    private static final int EARLIEST_YEAR = 1990;
    // a year may end a sentence ("le 5 novembre 2024."); only a digit after a point or dash makes it something else
    private static final Pattern YEAR = Pattern.compile("(?<![\\d/.-])(?:19|20)\\d{2}(?!\\d|[.-]\\d)");
    private static final Pattern INVITED = Pattern.compile("\\binvit\\p{L}*");
    /** A pluperfect or "remonte à" before an anchor: the sentence tells an older event, not where the text stands. */
    private static final Pattern TOLD_AS_PAST = Pattern.compile(
        "\\b(?:remont\\p{L}*|s'etai(?:t|ent)|avai(?:t|ent)\\s+\\p{L}+[eiu]s?|etai(?:t|ent)\\s+\\p{L}+[eiu]e?s?|derniere\\s+visite)\\b");
    private static final int TOLD_AS_PAST_REACH = 80;

    private final DateExpressions expressions;
    private final ReferenceCalendar calendar;
    private final Encounters encounters;

    ArticleDating(ReferenceCalendar calendar) {
        this(calendar, Encounters.standard());
    }

    ArticleDating(ReferenceCalendar calendar, Encounters encounters) {
        this.calendar = calendar;
        this.encounters = encounters;
        this.expressions = new DateExpressions(calendar);
    }

    /** The instance backed by the built-in reference calendar. */
    public static ArticleDating standard() {
        ArticleDating dating = standard;
        if (dating == null) {
            synchronized (ArticleDating.class) {
                dating = standard;
                if (dating == null) {
                    dating = new ArticleDating(ReferenceCalendar.standard());
                    standard = dating;
                }
            }
        }
        return dating;
    }

    /** The article's own date when it has one; otherwise a date inferred from its text (source INFERRED), or undated. */
    public ArticleDate date(Article article) {
        if (article.published().isDated()) {
            return article.published();
        }
        PartialDate dateline = datelineWithYear(article.text());
        if (dateline != null) {
            return ArticleDate.of(dateline, DateSource.DATELINE);
        }
        PartialDate inferred = infer(article.text());
        return inferred == null ? ArticleDate.UNDATED : ArticleDate.of(inferred, DateSource.INFERRED);
    }

    /**
     * A dateline without a year ({@code SAINT-PETERSBOURG, 20 septembre (Reuters) -}) in an article
     * with no header date takes its year from the text, as the codebook allows: the latest year the
     * text names, since an article reports the past and announces the future around its own date.
     * A text that names no year leaves the dateline unusable.
     */
    static PartialDate datelineWithYearFromText(String text) {
        return standard().datelineWithYear(text);
    }

    /**
     * The dateline's year, when it has none: the year that puts its day nearest the latest point the text's dates and
     * reference events reach ("80e anniversaire de la victoire" in a text datelined "1er avril"), else the latest year
     * a sentence names that does not look ahead ("l'année 2022", not "une visite au printemps 2023" it was invited to),
     * else the latest year named at all.
     */
    PartialDate datelineWithYear(String text) {
        Optional<Dateline> dateline = firstDateline(text);
        if (dateline.isEmpty()) {
            return null;
        }
        int year = dateline.get().year().orElse(0);
        if (year == 0) {
            PartialDate reported = latestReported(text);
            if (reported != null) {
                // a wire dated "19 novembre" that reports a step "en mai 2024" was written after it
                year = firstYearOnOrAfter(dateline.get().day(), reported);
            } else {
                PartialDate reached = infer(text);
                year = reached == null ? latestYearNamed(text) : nearestYear(dateline.get().day(), reached);
            }
        }
        MonthDay day = dateline.get().day();
        if (year < EARLIEST_YEAR || (day.getMonthValue() == 2 && day.getDayOfMonth() == 29 && !java.time.Year.isLeap(year))) {
            return null;
        }
        return new PartialDate(year, day.getMonthValue(), day.getDayOfMonth());
    }

    /**
     * The year that puts the dateline on or after the reported date; a few weeks' slack keeps the same year, since
     * a caption or a schedule may name a day just after the wire's own ("BEIJING, 23 mai" above a photo of 24 May).
     */
    /**
     * A saved page may put a site name, the headline twice, a caption and a sign-up line before the wire's dateline
     * ("PEKIN, 18 septembre (Reuters) –"), so more leading paragraphs are read than ingest reads for a dated one.
     */
    private static Optional<Dateline> firstDateline(String text) {
        String[] paragraphs = text.split("\n\s*\n", DATELINE_PARAGRAPHS + 1);
        for (int i = 0; i < Math.min(DATELINE_PARAGRAPHS, paragraphs.length); i++) {
            Optional<Dateline> found = Dateline.parse(paragraphs[i].strip());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static int firstYearOnOrAfter(MonthDay day, PartialDate reported) {
        if (!day.isValidYear(reported.year())) {
            return reported.year() + 1;
        }
        java.time.LocalDate sameYear = day.atYear(reported.year());
        java.time.LocalDate point = java.time.LocalDate.of(reported.year(), reported.month(), Math.max(1, reported.day()));
        return sameYear.plusDays(DATELINE_SLACK_DAYS).isBefore(point) ? reported.year() + 1 : reported.year();
    }

    /** The latest full date or month with its year that a sentence reports as past or present (reference events left out). */
    private PartialDate latestReported(String text) {
        PartialDate latest = null;
        String[] sentences = SENTENCE_END.split(text);
        for (int i = 0; i < sentences.length; i++) {
            String sentence = sentences[i];
            if (sentence.isBlank() || caption(sentences, i)) {
                // "... à Moscou, le 24 juin 2020. REUTERS/..." is a file photo's caption, not what the wire reports
                continue;
            }
            String normalized = MatchingText.normalize(sentence);
            String folded = FrenchText.foldNormalized(normalized);
            Boolean ahead = null;
            for (DateExpressions.Found found : expressions.find(folded, normalized, true)) {
                if (!found.absolute() || found instanceof DateExpressions.Anchored || OtherClauses.isOther(folded, found.start())
                    || namedByDate(folded, found)) {
                    continue;
                }
                PartialDate date = found.resolve(new Reference(null, false));
                if (date == null || date.month() == 0 || date.year() < EARLIEST_YEAR) {
                    continue;
                }
                if (ahead == null) {
                    ahead = future(folded, normalized) || INVITED.matcher(folded).find();
                }
                if (!ahead && (latest == null || date.compareTo(latest) > 0)) {
                    latest = date;
                }
            }
        }
        return latest;
    }

    /** An agency's archive credit ("Getty Images/FILE", upper case only: "/file" is a web address) or an archive mention. */
    private static final Pattern FILE_PHOTO = Pattern.compile("/FILE\\b|(?i:\\bphoto d'archives?\\b|\\(archives?\\)|\\bimage d'archives?\\b)");

    /** The captions whose credit marks an archive picture, normalised: pages print a caption twice, once without credit. */
    private static java.util.Set<String> fileCaptions(String[] sentences) {
        java.util.Set<String> found = new java.util.HashSet<>();
        for (int j = 0; j < sentences.length; j++) {
            if (fileCaption(sentences, j)) {
                found.add(MatchingText.normalize(sentences[j].strip()));
            }
        }
        return found;
    }

    private static boolean fileCaption(String[] sentences, int j) {
        return FILE_PHOTO.matcher(sentences[j]).find()
            || j + 1 < sentences.length && sentences[j + 1].length() < 120 && FILE_PHOTO.matcher(sentences[j + 1]).find();
    }

    /** "... à Moscou, le 24 juin 2020. REUTERS/...": the sentence is a photo's caption, its credit follows it. */
    private static boolean caption(String[] sentences, int i) {
        return i + 1 < sentences.length && CREDIT_NEXT.matcher(sentences[i + 1]).lookingAt();
    }

    private static boolean namedByDate(String folded, DateExpressions.Found found) {
        return NAMED_BY_DATE.matcher(folded.substring(Math.max(0, found.start() - NAMED_REACH), found.start())).find()
            && !RANGE_AFTER.matcher(folded.substring(found.end())).find();
    }

    private static int nearestYear(MonthDay day, PartialDate reached) {
        java.time.LocalDate reference = java.time.LocalDate.of(reached.year(), Math.max(1, reached.month()), Math.max(1, reached.day()));
        int best = reached.year();
        long bestGap = Long.MAX_VALUE;
        for (int year = reached.year() - 1; year <= reached.year() + 1; year++) {
            if (!day.isValidYear(year)) {
                continue;
            }
            long gap = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(reference, day.atYear(year)));
            if (gap < bestGap) {
                bestGap = gap;
                best = year;
            }
        }
        return best;
    }

    private static int latestYearNamed(String text) {
        int any = 0;
        int settled = 0;
        for (String sentence : SENTENCE_END.split(text)) {
            Matcher m = YEAR.matcher(sentence);
            Boolean ahead = null;
            while (m.find()) {
                int year = Integer.parseInt(m.group());
                any = Math.max(any, year);
                if (ahead == null) {
                    String normalized = MatchingText.normalize(sentence);
                    String folded = FrenchText.foldNormalized(normalized);
                    ahead = future(folded, normalized) || INVITED.matcher(folded).find();
                }
                if (!ahead) {
                    settled = Math.max(settled, year);
                }
            }
        }
        return settled != 0 ? settled : any;
    }

    /**
     * The latest point the text reaches: explicit full dates (day, or month with its year) in sentences that
     * report the past or present, and reference-event phrases. A phrase that places the text before an
     * anchor ({@code avant le premier anniversaire de ...}), or any anchor named in a future or conditional
     * sentence, gives the month of the anchor (see {@link DateExpressions#monthBefore}).
     */
    PartialDate infer(String text) {
        PartialDate latest = inferFromExpressions(text, false);
        PartialDate met = encounterDay(text);
        if (met != null && (latest == null || met.compareTo(latest) > 0 || sameYearWithNoLaterFullDate(text, met, latest))) {
            // "lundi 20 mars" beside Xi in Moscow is 2023 even in a text whose only full date is the invasion's; a
            // reference event the text tells of another year ("reconduit pour un cinquieme mandat") outweighs a day's
            // coincidence, but not one it looks ahead to ("viendrait au printemps 2023 pour une visite d'Etat")
            if (latest != null || !occasionOfAnotherYearTold(text, met.year())) {
                latest = met;
            }
        }
        PartialDate inferred = latest != null ? latest : occasionNamed(text);
        if (latest == null) {
            // "lundi 20 mars" in a text that names Xi's visit to Moscow, or the year 2022: the one year near the text's
            // own where that weekday falls on that day dates it (the accuracy issue's weekday plus day-of-month check)
            int near = inferred != null ? inferred.year() : latestYearNamed(text);
            PartialDate fitted = near < EARLIEST_YEAR ? null : weekdayFit(text, near);
            if (fitted != null) {
                inferred = fitted;
            }
        }
        if (inferred == null) {
            // a photo caption's date is the last resort: it may show the day's event or a file picture
            inferred = inferFromExpressions(text, true);
        }
        if (inferred != null && inferred.year() < yearReportedAsPast(text)) {
            // "fin février 2002" (a typo) or the only full date being an old treaty's, in a text that reports a figure "en
            // 2023": the article cannot have been written before a year it tells as past, so the date says nothing
            return null;
        }
        return inferred;
    }

    /** Whether a sentence that does not look ahead names an occasion of another year than {@code year}. */
    private boolean occasionOfAnotherYearTold(String text, int year) {
        for (Sentence sentence : sentences(text)) {
            for (PartialDate d : calendar.occasionsNamed(sentence.folded())) {
                if (d.year() != year && !future(sentence.folded(), sentence.normalized())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A sentence of the text in the two forms the date rules read: normalised, and folded (no accents). */
    private record Sentence(String normalized, String folded) {
    }

    /** The text's non-blank sentences, each normalised and folded once. */
    private static List<Sentence> sentences(String text) {
        List<Sentence> out = new java.util.ArrayList<>();
        for (String sentence : SENTENCE_END.split(text)) {
            if (!sentence.isBlank()) {
                String normalized = MatchingText.normalize(sentence);
                out.add(new Sentence(normalized, FrenchText.foldNormalized(normalized)));
            }
        }
        return out;
    }

    /**
     * A known visit's day is surer than an anchor of the same year ("célèbre les 75 ans des relations" is said all through
     * 2024), unless the text reports a full date after the visit.
     */
    private boolean sameYearWithNoLaterFullDate(String text, PartialDate met, PartialDate latest) {
        if (met.year() != latest.year()) {
            return false;
        }
        PartialDate reported = latestReported(text);
        return reported == null || reported.compareTo(met) <= 0;
    }

    /**
     * The first day named without its year that falls in a known China–Russia encounter the sentence or its neighbours
     * name ("le 25 juillet" with Lavrov and Wang Yi), in that encounter's year; null when none does.
     */
    private PartialDate encounterDay(String text) {
        // each sentence is normalised once: a day's window reads its neighbours, and the weekdays read them all again
        String[] sentences = SENTENCE_END.split(text);
        String[] normalized = new String[sentences.length];
        String[] folded = new String[sentences.length];
        for (int i = 0; i < sentences.length; i++) {
            normalized[i] = MatchingText.normalize(sentences[i]);
            folded[i] = FrenchText.foldNormalized(normalized[i]);
        }
        for (int i = 0; i < sentences.length; i++) {
            if (sentences[i].isBlank()) {
                continue;
            }
            for (DateExpressions.Found found : expressions.find(folded[i], normalized[i], true)) {
                int[] day = found.firstDayWithoutYear();
                if (day == null || (OtherClauses.isOther(folded[i], found.start())
                    && !STARTING.matcher(folded[i].substring(Math.max(0, found.start() - 14), found.start())).find())) {
                    // "entame, à partir de lundi 20 février, un séjour moscovite": a stay's first day is the encounter's own
                    continue;
                }
                PartialDate date = encounters.yearOf(day[0], day[1], day[2], window(folded, i));
                if (date != null) {
                    return date;
                }
            }
        }
        return encounterWeekday(normalized, folded);
    }

    /**
     * The latest day given by a weekday without a day of the month ("est arrivé mardi à Moscou") told in the past or present in a sentence that names a
     * known encounter with exactly one such weekday ({@link Encounters#dayOf}). Only the sentence itself counts: a bare
     * weekday says less than a day of the month, so the encounter must be named beside it.
     */
    private PartialDate encounterWeekday(String[] normalizedSentences, String[] foldedSentences) {
        // "a accueilli lundi et mardi": the text was written on the last day it names, or after it
        PartialDate latest = null;
        for (int i = 0; i < foldedSentences.length; i++) {
            String normalized = normalizedSentences[i];
            String folded = foldedSentences[i];
            Matcher m = BARE_WEEKDAY.matcher(folded);
            while (m.find()) {
                int chunkStart = Math.max(folded.lastIndexOf(',', m.start()), folded.lastIndexOf(';', m.start())) + 1;
                int chunkEnd = folded.indexOf(',', m.end());
                chunkEnd = chunkEnd < 0 ? folded.length() : chunkEnd;
                if (OtherClauses.isOther(folded, m.start())
                    || future(folded.substring(chunkStart, chunkEnd), normalized.substring(chunkStart, chunkEnd))) {
                    // "après être descendu de son avion lundi" reports the landing even if the quote after it looks ahead
                    continue;
                }
                PartialDate date = encounters.dayOf(FrenchText.WEEKDAYS.get(m.group(1)).getValue(), folded);
                if (date != null && (latest == null || date.compareTo(latest) > 0)) {
                    latest = date;
                }
            }
        }
        return latest;
    }

    /** A weekday with no day of the month after it ("lundi soir", "ce mardi"), not "lundi 20 mars". */
    private static final Pattern BARE_WEEKDAY = Pattern.compile(
        "\\b(" + FrenchText.WEEKDAY_NAMES + ")\\b(?!\\s+(?:\\d|1er|premier|dernier|prochain))");

    private static String window(String[] folded, int i) {
        StringBuilder window = new StringBuilder();
        for (int j = Math.max(0, i - ENCOUNTER_REACH); j <= Math.min(folded.length - 1, i + ENCOUNTER_REACH); j++) {
            window.append(folded[j]).append(' ');
        }
        return window.toString();
    }

    /**
     * The first day named with its weekday but no year ("jeudi 16 mai") whose weekday falls on that day in exactly one
     * year from the year before {@code near} to two years after it; null when none does.
     */
    private PartialDate weekdayFit(String text, int near) {
        for (Sentence sentence : sentences(text)) {
            String normalized = sentence.normalized();
            String folded = sentence.folded();
            for (DateExpressions.Found found : expressions.find(folded, normalized, true)) {
                int[] day = found.dayWithoutYear();
                if (day == null || day[2] == 0 || OtherClauses.isOther(folded, found.start()) || future(folded, normalized)) {
                    continue;
                }
                PartialDate fit = null;
                int fits = 0;
                for (int year = near - 1; year <= near + 2; year++) {
                    PartialDate candidate = Reference.validDay(year, day[0], day[1]);
                    if (candidate != null && candidate.localDate().orElseThrow().getDayOfWeek().getValue() == day[2]) {
                        fit = candidate;
                        fits++;
                    }
                }
                if (fits == 1) {
                    return fit;
                }
            }
        }
        return null;
    }

    /**
     * The latest year the text reports as past or present ("a atteint 240 milliards de dollars en 2023", "depuis 2019"),
     * from sentences with no future or planning word; 0 when there is none. Targets ("d'ici 2030") are left out.
     */
    private static int yearReportedAsPast(String text) {
        int latest = 0;
        for (String sentence : SENTENCE_END.split(text)) {
            String folded = FrenchText.foldNormalized(MatchingText.normalize(sentence));
            Matcher m = PAST_YEAR.matcher(folded);
            boolean future = false;
            boolean checked = false;
            while (m.find()) {
                int year = Integer.parseInt(m.group(1));
                if (year <= latest || TARGET.matcher(folded.substring(Math.max(0, m.start() - TARGET_REACH), m.start())).find()) {
                    continue;
                }
                if (!checked) {
                    future = future(folded, MatchingText.normalize(sentence));
                    checked = true;
                }
                if (!future) {
                    latest = year;
                }
            }
        }
        return latest;
    }

    /**
     * The last resort for a text with no date expression: the occasion it names most often (a summit with its
     * city, a forum, a state visit), the first named on a tie (a lede names its news first); month precision at most, since the text may have
     * been written days before or after it.
     */
    private PartialDate occasionNamed(String text) {
        PartialDate bySentence = occasionNamedIn(text, SENTENCE_END);
        // a summit's city and its organisation are often named in neighbouring sentences of one paragraph
        // ("l'arrivée de Xi a Samarcande ... lors d'une reunion de l'OCS"): the paragraph is the last resort
        return bySentence != null ? bySentence : occasionNamedIn(text, PARAGRAPH_END);
    }

    private PartialDate occasionNamedIn(String text, Pattern separator) {
        java.util.Map<PartialDate, Integer> counts = new java.util.LinkedHashMap<>();
        for (String sentence : separator.split(text)) {
            if (!sentence.isBlank()) {
                for (PartialDate d : calendar.occasionsNamed(FrenchText.foldNormalized(MatchingText.normalize(sentence)))) {
                    counts.merge(d, 1, Integer::sum);
                }
            }
        }
        PartialDate best = null;
        for (var e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best == null || best.month() == 0 ? best : new PartialDate(best.year(), best.month(), 0);
    }

    private PartialDate inferFromExpressions(String text, boolean withCaptions) {
        PartialDate latest = null;
        PartialDate bound = null;
        List<int[]> yearless = new java.util.ArrayList<>(2);
        String[] sentences = SENTENCE_END.split(text);
        java.util.Set<String> fileCaptions = text.contains("FILE") || text.contains("rchive") ? fileCaptions(sentences) : java.util.Set.of();
        for (int i = 0; i < sentences.length; i++) {
            String sentence = sentences[i];
            if (sentence.isBlank() || (!withCaptions && caption(sentences, i))
                || !fileCaptions.isEmpty() && fileCaptions.contains(MatchingText.normalize(sentence.strip()))) {
                // "... à Pékin en juin 2018. (Getty Images/FILE)": a picture from the archives never dates the article
                continue;
            }
            String normalized = MatchingText.normalize(sentence);
            String folded = FrenchText.foldNormalized(normalized);
            Boolean future = null;
            for (DateExpressions.Found found : expressions.find(folded, normalized, true)) {
                int[] day = found.dayWithoutYear();
                if (day != null && !OtherClauses.isOther(folded, found.start())) {
                    if (future == null) {
                        future = future(folded, normalized);
                    }
                    if (!future) {
                        boolean today = TODAY.matcher(folded.substring(0, found.start())).find();
                        yearless.add(new int[] {day[0], day[1], day[2], today ? 1 : 0});
                    }
                    continue;
                }
                if (!found.absolute() || OtherClauses.isOther(folded, found.start())) {
                    continue;
                }
                if (!(found instanceof DateExpressions.Anchored) && namedByDate(folded, found)) {
                    continue;
                }
                if (found instanceof DateExpressions.Anchored anchored && anchored.anchor().cue() == ReferenceCalendar.Cue.BEFORE
                    && TOLD_AS_PAST.matcher(folded.substring(Math.max(0, found.start() - TOLD_AS_PAST_REACH), found.start())).find()) {
                    // "sa dernière visite remonte à peu avant l'offensive": an older event placed before the anchor, not the text
                    continue;
                }
                if (future == null) {
                    future = future(folded, normalized);
                }
                // "Trump a annoncé ce vendredi 8 août 2025 qu'il rencontrera Poutine": the date is the announcement's, told in
                // the past before the future clause begins
                boolean ahead = future && !toldBeforeTheFuture(folded, normalized, found);
                PartialDate date = candidate(found, ahead);
                if (date == null || date.year() < EARLIEST_YEAR) {
                    continue;
                }
                if (ahead && found instanceof DateExpressions.Anchored) {
                    // "les deux pays vont commémorer le 80e anniversaire de la victoire": the text is written before it,
                    // a bound from above that a point the text reports beats
                    if (bound == null || date.compareTo(bound) < 0) {
                        bound = date;
                    }
                } else if (latest == null || date.compareTo(latest) > 0) {
                    latest = date;
                }
            }
        }
        if (latest == null || (bound != null && latest.compareTo(bound) > 0)) {
            latest = bound;
        }
        return latest == null ? null : withDaysWithoutYear(latest, yearless);
    }

    /**
     * Days the text names without a year ("lundi 14 octobre", "ce 21 août") take the year that puts them nearest
     * the latest full date, as a reader does; one within a few months after it, whose weekday (if given) fits, is
     * a later point of the text. "ce 21 août" is the day of writing itself, even before the full dates.
     */
    private static PartialDate withDaysWithoutYear(PartialDate latest, List<int[]> yearless) {
        PartialDate result = latest;
        java.time.LocalDate reference = java.time.LocalDate.of(latest.year(), Math.max(1, latest.month()), Math.max(1, latest.day()));
        for (int[] d : yearless) {
            java.time.LocalDate best = null;
            for (int year = latest.year() - 1; year <= latest.year() + 1; year++) {
                PartialDate candidate = Reference.validDay(year, d[0], d[1]);
                if (candidate == null) {
                    continue;
                }
                java.time.LocalDate day = candidate.localDate().orElseThrow();
                if (best == null || Math.abs(java.time.temporal.ChronoUnit.DAYS.between(reference, day))
                    < Math.abs(java.time.temporal.ChronoUnit.DAYS.between(reference, best))) {
                    best = day;
                }
            }
            if (best == null || (d[2] != 0 && best.getDayOfWeek().getValue() != d[2])) {
                continue;
            }
            long after = java.time.temporal.ChronoUnit.DAYS.between(reference, best);
            PartialDate day = PartialDate.ofDay(best);
            if (d[3] == 1 && Math.abs(after) <= YEARLESS_REACH_DAYS) {
                return day;
            }
            if (after > 0 && after <= YEARLESS_REACH_DAYS && day.compareTo(result) > 0) {
                result = day;
            }
        }
        return result;
    }

    private static PartialDate candidate(DateExpressions.Found found, boolean future) {
        if (!found.absolute()) {
            return null;
        }
        if (found instanceof DateExpressions.Anchored anchored) {
            ReferenceCalendar.Anchor anchor = anchored.anchor();
            if (future && anchor.cue() == ReferenceCalendar.Cue.AT) {
                return DateExpressions.monthBefore(anchor.date());
            }
            return DateExpressions.anchorDate(anchor);
        }
        if (future) {
            return null;
        }
        PartialDate date = found.resolve(new Reference(null, false));
        // A bare year says too little about when the article was written.
        return date == null || date.month() == 0 ? null : date;
    }

    private static boolean toldBeforeTheFuture(String folded, String normalized, DateExpressions.Found found) {
        if (found instanceof DateExpressions.Anchored) {
            return false;
        }
        Matcher m = FUTURE.matcher(folded);
        int first = -1;
        while (m.find()) {
            if (!Character.isUpperCase(normalized.charAt(m.start()))) {
                first = m.start();
                break;
            }
        }
        return first > found.end() && PAST_VERB_BEFORE.matcher(folded.substring(0, found.start())).find();
    }

    private static boolean future(String folded, String normalized) {
        Matcher m = FUTURE.matcher(folded);
        while (m.find()) {
            if (!Character.isUpperCase(normalized.charAt(m.start()))) {
                return true;
            }
        }
        return false;
    }
}
