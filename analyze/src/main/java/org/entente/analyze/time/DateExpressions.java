package org.entente.analyze.time;

import static org.entente.analyze.time.FrenchText.MONTH_NAMES;
import static org.entente.analyze.time.FrenchText.NUMBER_WORD_NAMES;
import static org.entente.analyze.time.FrenchText.WEEKDAY_NAMES;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.entente.ingest.PartialDate;

/**
 * Finds the date expressions of a folded French sentence. Each expression knows how to resolve itself
 * against a {@link Reference}; absolute ones (a full date, a month with its year, a year, a reference
 * event) resolve without it, so they still date an event of an undated article.
 */
final class DateExpressions {

    /** One expression in the text; {@link #resolve} gives null when the reference cannot date it. */
    interface Found {
        int start();

        int end();

        PartialDate resolve(Reference reference);

        /** True when no article date is needed to resolve it. */
        boolean absolute();

        /** A day of a month with no year ("lundi 14 octobre", "le 10 juin"), else null: {month, day, weekday or 0}. */
        default int[] dayWithoutYear() {
            return null;
        }

        /** As {@link #dayWithoutYear}, also the first day of a stay named without its year ("du 20 au 22 mars"). */
        default int[] firstDayWithoutYear() {
            return dayWithoutYear();
        }
    }

    private record Matched(int start, int end, Rule rule, MatchResult match, boolean absolute) implements Found {
        @Override
        public PartialDate resolve(Reference reference) {
            return rule.resolve(match, reference);
        }

        @Override
        public int[] dayWithoutYear() {
            if (rule != Rule.DAY_MONTH || absolute || match.group(5) != null) {
                return null;
            }
            int day = match.group(2).equals("1er") ? 1 : Integer.parseInt(match.group(2));
            int weekday = match.group(1) == null ? 0 : FrenchText.WEEKDAYS.get(match.group(1)).getValue();
            return new int[] {FrenchText.month(match.group(3)), day, weekday};
        }

        @Override
        public int[] firstDayWithoutYear() {
            if (rule != Rule.DAY_RANGE || absolute) {
                return dayWithoutYear();
            }
            int day = match.group(1).equals("1er") ? 1 : Integer.parseInt(match.group(1));
            return new int[] {FrenchText.month(match.group(2) != null ? match.group(2) : match.group(3)), day, 0};
        }
    }

    record Anchored(ReferenceCalendar.Anchor anchor) implements Found {
        @Override
        public int start() {
            return anchor.start();
        }

        @Override
        public int end() {
            return anchor.end();
        }

        @Override
        public PartialDate resolve(Reference reference) {
            return anchorDate(anchor);
        }

        @Override
        public boolean absolute() {
            return true;
        }
    }

    private static final String DE = "(?:de\\s+|d')";
    private static final String RELATIVE_YEAR =
        "(l'annee\\s+derniere|l'an\\s+dernier|l'annee\\s+passee|l'an\\s+passe|l'annee\\s+precedente"
            + "|l'annee\\s+prochaine|l'an\\s+prochain|cette\\s+annee)";

    private enum Rule {
        ISO(true, "\\b(\\d{4})-(\\d{2})-(\\d{2})\\b") {
            @Override
            PartialDate resolve(MatchResult m, Reference ref) {
                return Reference.validDay(num(m, 1), num(m, 2), num(m, 3));
            }
        },
        NUMERIC(true, "(?<!\\d)(\\d{1,2})[/.](\\d{1,2})[/.]((?:19|20)\\d\\d)\\b") {
            @Override
            PartialDate resolve(MatchResult m, Reference ref) {
                return Reference.validDay(num(m, 3), num(m, 2), num(m, 1));
            }
        },
        /** "du 7 au 10 mai": a stay, dated by the month it began. */
        DAY_RANGE(false, "\\bdu\\s+(1er|[12]\\d|3[01]|0?[1-9])\\s+(?:(" + MONTH_NAMES + ")\\s+)?(?:au|-)\\s+(?:1er|[12]\\d|3[01]|0?[1-9])\\s+(" + MONTH_NAMES + ")"
            + "(?:\\s+((?:19|20)\\d\\d)\\b)?") {
            @Override
            PartialDate resolve(MatchResult m, Reference ref) {
                int day = m.group(1).equals("1er") ? 1 : num(m, 1);
                int month = FrenchText.month(m.group(2) != null ? m.group(2) : m.group(3));
                PartialDate first = m.group(4) != null ? Reference.validDay(num(m, 4), month, day) : ref.dayOfMonth(month, day);
                // talks on one day of the stay are the same event as the stay: the month holds both
                return first == null ? null : new PartialDate(first.year(), first.month(), 0);
            }

            @Override
            boolean absoluteMatch(MatchResult m) {
                return m.group(4) != null;
            }
        },
        DAY_MONTH(false, "\\b(?:(" + WEEKDAY_NAMES + ")\\s+)?(?:le\\s+)?(1er|[12]\\d|3[01]|0?[1-9])\\s+(" + MONTH_NAMES + ")"
            + "(?:\\s+((?:19|20)\\d\\d)\\b|\\s+(dernier|prochain)\\b)?") {
            @Override
            PartialDate resolve(MatchResult m, Reference ref) {
                int day = m.group(2).equals("1er") ? 1 : num(m, 2);
                int month = FrenchText.month(m.group(3));
                if (m.group(4) != null) {
                    return Reference.validDay(num(m, 4), month, day);
                }
                if (m.group(5) != null) {
                    // "l'invasion du 24 février dernier" in a February article: last year's February, as for a month alone
                    PartialDate year = ref.month(month, m.group(5));
                    return year == null || year.month() == 0 ? year : Reference.validDay(year.year(), month, day);
                }
                // "mardi 21 mars" in an undated text stays undated: readers of the codebook do not date a text
                // by the year its weekday fits (measured on the real set's annotations)
                return ref.dayOfMonth(month, day);
            }

            @Override
            boolean absoluteMatch(MatchResult m) {
                return m.group(4) != null;
            }
        },
        MONTH(false, "\\b(?:(?:au\\s+)?(?:debut|fin|milieu)\\s+(?:du\\s+mois\\s+)?" + DE + "?|mi-?\\s*|en\\s+|courant\\s+"
            + "|(?:au|le|ce)\\s+mois\\s+" + DE
            // "lors du sommet d'avril", "leur rencontre de mai": the month names the encounter
            + "|(?:sommet|rencontre|reunion|visite|entretien|voyage|entrevue|discussions|pourparlers|appel)s?\\s+(?:de\\s+|d')"
            + ")(" + MONTH_NAMES + ")"
            + "(?:\\s+((?:19|20)\\d\\d)\\b|\\s+(dernier|prochain)\\b|\\s+" + DE + "?" + RELATIVE_YEAR + ")?") {
            @Override
            PartialDate resolve(MatchResult m, Reference ref) {
                int month = FrenchText.month(m.group(1));
                if (m.group(2) != null) {
                    return new PartialDate(num(m, 2), month, 0);
                }
                if (m.group(4) != null) {
                    PartialDate year = ref.shiftYears(yearOffset(m.group(4)));
                    return year == null ? null : new PartialDate(year.year(), month, 0);
                }
                return ref.month(month, m.group(3));
            }

            @Override
            boolean absoluteMatch(MatchResult m) {
                return m.group(2) != null;
            }
        },
        /** "Juillet 26. 2024", "July 26, 2024": the month first, as some agency datelines write it. */
        MONTH_DAY_YEAR(true, "\\b(" + MONTH_NAMES + ")\\s+(1er|[12]\\d|3[01]|0?[1-9])[.,]?\\s+((?:19|20)\\d\\d)\\b") {
            @Override
            PartialDate resolve(MatchResult m, Reference ref) {
                return Reference.validDay(num(m, 3), FrenchText.month(m.group(1)), m.group(2).equals("1er") ? 1 : num(m, 2));
            }
        },
        MONTH_YEAR(true, "\\b(" + MONTH_NAMES + ")\\s+((?:19|20)\\d\\d)\\b") {
            @Override
            PartialDate resolve(MatchResult m, Reference ref) {
                return new PartialDate(num(m, 2), FrenchText.month(m.group(1)), 0);
            }
        },
        // "leurs vœux pour l'année 2025" is the year wished for, not the year of the wishes
        YEAR(true, "\\b(?<!pour\\s)(?:en|courant|(?:au\\s+)?(?:debut|fin|milieu)\\s+(?:de\\s+l'annee\\s+)?|mi-?|l'annee|au\\s+cours\\s+de\\s+l'annee)"
            + "\\s*((?:19|20)\\d\\d)\\b(?![.,]\\d)") {
            @Override
            PartialDate resolve(MatchResult m, Reference ref) {
                return PartialDate.ofYear(num(m, 1));
            }
        },
        WEEKDAY(false, "\\b(" + WEEKDAY_NAMES + ")\\b(?:\\s+(dernier|passe|prochain)\\b)?") {
            @Override
            PartialDate resolve(MatchResult m, Reference ref) {
                return ref.weekday(FrenchText.WEEKDAYS.get(m.group(1)), m.group(2));
            }
        },
        // "la veille, M. Wang s'était entretenu avec ...": the day before the news ("la veille du sommet" is an occasion)
        DAY_RELATIVE(false, "\\b(avant-hier|apres-demain|hier|aujourd'hui|demain|ce\\s+matin|ce\\s+soir|cet\\s+apres-midi|cette\\s+nuit"
            + "|la\\s+veille(?!\\s+(?:du|de|d'|au|a|des)\\b))\\b") {
            @Override
            PartialDate resolve(MatchResult m, Reference ref) {
                return ref.shiftDays(switch (m.group(1).replaceAll("\\s+", " ")) {
                    case "avant-hier" -> -2;
                    case "hier", "la veille" -> -1;
                    case "demain" -> 1;
                    case "apres-demain" -> 2;
                    default -> 0;
                });
            }
        },
        WEEK(false, "\\b(?:(cette)\\s+semaine|la\\s+semaine\\s+(derniere|passee|precedente|prochaine))\\b") {
            @Override
            PartialDate resolve(MatchResult m, Reference ref) {
                if (m.group(1) != null) {
                    return ref.shiftWeeks(0);
                }
                return ref.shiftWeeks(m.group(2).equals("prochaine") ? 1 : -1);
            }
        },
        WEEKEND(false, "\\b(?:ce|le)\\s+week-?\\s?end\\b(?:\\s+(dernier|passe|prochain)\\b)?") {
            @Override
            PartialDate resolve(MatchResult m, Reference ref) {
                String modifier = m.group(1) == null ? null : m.group(1).equals("prochain") ? "prochain" : "dernier";
                return ref.weekend(modifier);
            }
        },
        MONTH_RELATIVE(false, "\\b(?:le\\s+mois\\s+(dernier|passe|precedent|prochain)\\b|(ce)\\s+mois(?:-ci)?\\b)") {
            @Override
            PartialDate resolve(MatchResult m, Reference ref) {
                if (m.group(2) != null) {
                    return ref.shiftMonths(0);
                }
                return ref.shiftMonths(m.group(1).equals("prochain") ? 1 : -1);
            }
        },
        /**
         * "au printemps 2023", "cet été", "l'hiver dernier": a season says no more than its year (a winter is dated by the
         * year it begins in). A bare season is the latest one begun by the article's date, or the next one not yet over for
         * a planned event.
         */
        SEASON(false, "\\b(?:au|en|cet|ce|l'|a\\s+l'|de\\s+l'|du)\\s*(printemps|ete|automne|hiver)\\b"
            + "(?:[\\s\"»]+((?:19|20)\\d\\d)\\b|\\s+(dernier|prochain)\\b)?") {
            @Override
            PartialDate resolve(MatchResult m, Reference ref) {
                if (m.group(2) != null) {
                    return PartialDate.ofYear(num(m, 2));
                }
                if (!ref.dated() || ref.date().month() == 0) {
                    return ref.dated() ? PartialDate.ofYear(ref.date().year()) : null;
                }
                int first = switch (m.group(1)) {
                    case "printemps" -> 3;
                    case "ete" -> 6;
                    case "automne" -> 9;
                    default -> 12;
                };
                java.time.YearMonth now = java.time.YearMonth.of(ref.date().year(), ref.date().month());
                String modifier = m.group(3) == null ? (ref.planned() ? "next" : "current") : m.group(3);
                return PartialDate.ofYear(seasonYear(first, now, modifier));
            }

            @Override
            boolean absoluteMatch(MatchResult m) {
                return m.group(2) != null;
            }
        },
        YEAR_RELATIVE(false, "\\b" + RELATIVE_YEAR + "\\b") {
            @Override
            PartialDate resolve(MatchResult m, Reference ref) {
                return ref.shiftYears(yearOffset(m.group(1)));
            }
        },
        AGO(false, "\\bil\\s+y\\s+a\\s+(\\d{1,3}|" + NUMBER_WORD_NAMES + ")\\s+(jours?|semaines?|mois|ans|annees?)\\b") {
            @Override
            PartialDate resolve(MatchResult m, Reference ref) {
                int n = FrenchText.count(m.group(1));
                return switch (m.group(2).charAt(0)) {
                    case 'j' -> ref.shiftDays(-n);
                    case 's' -> ref.shiftWeeks(-n);
                    case 'm' -> ref.shiftMonths(-n);
                    default -> ref.shiftYears(-n);
                };
            }
        };

        final boolean absolute;
        final Pattern pattern;

        Rule(boolean absolute, String regex) {
            this.absolute = absolute;
            this.pattern = Pattern.compile(regex);
        }

        abstract PartialDate resolve(MatchResult m, Reference ref);

        boolean absoluteMatch(MatchResult m) {
            return absolute;
        }

        boolean canBeAbsolute() {
            return absolute || this == DAY_MONTH || this == DAY_RANGE || this == MONTH;
        }
    }

    // Which words can start which rule. A sentence is split into words once, and only the rules one of its
    // words calls for are run: most sentences call for none, so the job does not pay for every pattern.
    private static final long FOUR_DIGITS = ruleBits(Rule.ISO, Rule.NUMERIC, Rule.YEAR);
    private static final long ANNIVERSARIES = 1L << 62;
    private static final long OCCASIONS = 1L << 61;
    private static final Map<String, Long> TRIGGERS = triggers();

    private static Map<String, Long> triggers() {
        Map<String, Long> map = new HashMap<>();
        for (String month : FrenchText.MONTHS.keySet()) {
            map.merge(month, ruleBits(Rule.DAY_RANGE, Rule.DAY_MONTH, Rule.MONTH, Rule.MONTH_DAY_YEAR, Rule.MONTH_YEAR), (x, y) -> x | y);
        }
        for (String day : FrenchText.WEEKDAYS.keySet()) {
            map.merge(day, ruleBits(Rule.WEEKDAY), (x, y) -> x | y);
        }
        for (String word : List.of("hier", "demain", "aujourd", "matin", "soir", "midi", "nuit", "veille")) {
            map.merge(word, ruleBits(Rule.DAY_RELATIVE), (x, y) -> x | y);
        }
        for (String season : List.of("printemps", "ete", "automne", "hiver")) {
            map.merge(season, ruleBits(Rule.SEASON), (x, y) -> x | y);
        }
        map.merge("semaine", ruleBits(Rule.WEEK), (x, y) -> x | y);
        map.merge("week", ruleBits(Rule.WEEKEND), (x, y) -> x | y);
        map.merge("weekend", ruleBits(Rule.WEEKEND), (x, y) -> x | y);
        map.merge("mois", ruleBits(Rule.MONTH_RELATIVE, Rule.AGO), (x, y) -> x | y);
        map.merge("annee", ruleBits(Rule.YEAR_RELATIVE, Rule.MONTH), (x, y) -> x | y);
        map.merge("an", ruleBits(Rule.YEAR_RELATIVE, Rule.MONTH) | ANNIVERSARIES, (x, y) -> x | y);
        map.merge("y", ruleBits(Rule.AGO), (x, y) -> x | y);
        map.merge("anniversaire", ANNIVERSARIES, (x, y) -> x | y);
        // "trois semaines avant l'invasion de l'Ukraine": an offset from a reference event
        for (String unit : List.of("jour", "jours", "semaine", "semaines", "mois")) {
            map.merge(unit, ANNIVERSARIES, (x, y) -> x | y);
        }
        map.merge("ans", ANNIVERSARIES, (x, y) -> x | y);
        for (String word : List.of("lors", "marge", "cours", "occasion", "pendant", "veille", "avant", "approche", "issue",
            "terme", "sommet", "forum", "jeux", "defile", "visite")) {
            map.merge(word, OCCASIONS, (x, y) -> x | y);
        }
        return Map.copyOf(map);
    }

    private static long ruleBits(Rule... rules) {
        long bits = 0;
        for (Rule rule : rules) {
            bits |= 1L << rule.ordinal();
        }
        return bits;
    }

    /** The words of a sentence that call for a rule or a calendar search: where each is, and what it calls for. */
    private static List<long[]> triggers(String folded) {
        List<long[]> found = new ArrayList<>(4);
        int n = folded.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(folded.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean digits = true;
            while (i < n && Character.isLetterOrDigit(folded.charAt(i))) {
                digits &= Character.isDigit(folded.charAt(i));
                i++;
            }
            int length = i - start;
            long bits = 0;
            if (digits) {
                if (length == 4) {
                    bits = FOUR_DIGITS;
                }
            } else if (length <= 12) {
                Long word = TRIGGERS.get(folded.substring(start, i));
                bits = word == null ? 0 : word;
            }
            if (bits != 0) {
                found.add(new long[] {start, i, bits});
            }
        }
        return found;
    }

    private final ReferenceCalendar calendar;

    DateExpressions(ReferenceCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * Every expression, in text order; where two overlap, the one starting first, then the longer, is kept.
     *
     * @param folded     the sentence folded by {@link FrenchText#foldNormalized}
     * @param normalized the same sentence before folding: French writes months in lower case, so a capitalised
     *                   {@code Mars} inside a sentence is the planet or a mission, not the month
     */
    List<Found> find(String folded, String normalized) {
        return find(folded, normalized, false);
    }

    /**
     * The same; with {@code absoluteOnly}, only the expressions that can date a text on their own
     * (full dates, months with their year, reference events), which is all that dating an article needs.
     */
    List<Found> find(String folded, String normalized, boolean absoluteOnly) {
        List<Found> all = new ArrayList<>(4);
        List<long[]> triggers = triggers(folded);
        if (triggers.isEmpty()) {
            return all;
        }
        List<MatchResult> matches = new ArrayList<>(2);
        for (Rule rule : Rule.values()) {
            if (absoluteOnly && !rule.canBeAbsolute()) {
                continue;
            }
            long bit = 1L << rule.ordinal();
            matches.clear();
            for (long[] t : triggers) {
                if ((t[2] & bit) != 0) {
                    Near.matches(rule.pattern, folded, (int) t[0], (int) t[1], matches);
                }
            }
            for (MatchResult result : matches) {
                if (rule == Rule.MONTH_YEAR && result.start() > 0 && Character.isUpperCase(normalized.charAt(result.start()))) {
                    continue;
                }
                all.add(new Matched(result.start(), result.end(), rule, result, rule.absoluteMatch(result)));
            }
        }
        List<int[]> anniversaries = new ArrayList<>(1);
        List<int[]> occasions = new ArrayList<>(1);
        for (long[] t : triggers) {
            if ((t[2] & ANNIVERSARIES) != 0) {
                anniversaries.add(new int[] {(int) t[0], (int) t[1]});
            }
            if ((t[2] & OCCASIONS) != 0) {
                occasions.add(new int[] {(int) t[0], (int) t[1]});
            }
        }
        if (!anniversaries.isEmpty() || !occasions.isEmpty()) {
            for (ReferenceCalendar.Anchor anchor : calendar.find(folded, anniversaries, occasions)) {
                all.add(new Anchored(anchor));
            }
        }
        all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<Found> kept = new ArrayList<>(all.size());
        int covered = -1;
        for (Found f : all) {
            if (f.start() >= covered) {
                kept.add(f);
                covered = f.end();
            } else if (f instanceof Matched && kept.get(kept.size() - 1) instanceof Anchored && f.end() <= covered
                && finerThanAYear(f)) {
                // "avant le coup d'envoi des JO, vendredi 4 fevrier, ...": the words the text gives beat the calendar's
                // approximation around an occasion it names
                kept.set(kept.size() - 1, f);
            }
        }
        return kept;
    }

    /** "à la veille du passage à l'année 2025": a bare year inside an occasion's words says less than the occasion. */
    private static boolean finerThanAYear(Found f) {
        PartialDate date = f.resolve(new Reference(null, false));
        return date == null || date.month() != 0;
    }

    /** The date a reference-event phrase points at, by its cue. */
    static PartialDate anchorDate(ReferenceCalendar.Anchor anchor) {
        PartialDate date = anchor.date();
        return switch (anchor.cue()) {
            case AT -> date;
            case EVE -> date.day() == 0 ? date : PartialDate.ofDay(date.localDate().orElseThrow().minusDays(1));
            case BEFORE -> monthBefore(date);
        };
    }

    /**
     * "Avant X": the text lies in the days or weeks before X, so X's own month when X falls after the
     * first week of its month, otherwise the month before; month precision either way.
     */
    /**
     * The year a season begins in: "prochain" the next to begin after the reference, "next" (a planned event) the next not
     * yet over, "dernier" the last one over, "current" (a past event) the last one begun.
     */
    static int seasonYear(int firstMonth, java.time.YearMonth now, String modifier) {
        for (int y = now.getYear() - 1; y <= now.getYear() + 1; y++) {
            java.time.YearMonth begins = java.time.YearMonth.of(y, firstMonth);
            if (modifier.equals("prochain") && begins.isAfter(now) || modifier.equals("next") && begins.plusMonths(3).isAfter(now)) {
                return y;
            }
        }
        for (int y = now.getYear(); y >= now.getYear() - 2; y--) {
            java.time.YearMonth begins = java.time.YearMonth.of(y, firstMonth);
            if (modifier.equals("dernier") && !begins.plusMonths(3).isAfter(now) || modifier.equals("current") && !begins.isAfter(now)) {
                return y;
            }
        }
        return now.getYear();
    }

    static PartialDate monthBefore(PartialDate anchor) {
        java.time.YearMonth month = java.time.YearMonth.of(anchor.year(), anchor.month());
        if (anchor.day() != 0 && anchor.day() <= 7) {
            month = month.minusMonths(1);
        }
        return PartialDate.ofMonth(month);
    }

    private static int yearOffset(String relativeYear) {
        if (relativeYear.startsWith("cette")) {
            return 0;
        }
        return relativeYear.contains("prochain") ? 1 : -1;
    }

    private static int num(MatchResult m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
