package org.entente.analyze.time;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.ingest.DatePrecision;
import org.entente.ingest.PartialDate;

/**
 * Reference events (invasions, leaders' birthdays, summits) and the phrases that point at them:
 * {@code le jour du 69e anniversaire de Xi}, {@code un an après l'invasion de l'Ukraine},
 * {@code en marge du sommet de l'OCS à Samarcande}. The data file's format is described in its header.
 * Immutable once loaded, so one instance serves every thread.
 */
final class ReferenceCalendar {

    static final String RESOURCE = "reference-events.txt";

    enum Kind { BIRTHDAY, EVENT, OCCASION }

    /** How the phrase places the text relative to the anchor. */
    enum Cue {
        /** the text reports something at the anchor, or after it */
        AT,
        /** the text is written before the anchor ({@code avant}, {@code à l'approche de}) */
        BEFORE,
        /** the day before the anchor ({@code à la veille de}) */
        EVE
    }

    record Entry(PartialDate date, Kind kind, String label, List<List<String>> groups) {

        /** Where the first group's earliest term starts in a padded token window, or -1 unless every group is there. */
        int matchIn(String paddedWindow) {
            int first = -1;
            for (int g = 0; g < groups.size(); g++) {
                int best = -1;
                for (String term : groups.get(g)) {
                    int at = paddedWindow.indexOf(term);
                    if (at >= 0 && (best < 0 || at < best)) {
                        best = at;
                    }
                }
                if (best < 0) {
                    return -1;
                }
                if (g == 0) {
                    first = best;
                }
            }
            return first;
        }
    }

    /** A phrase found in a text: where it is, the date it points at, and how it places the text. */
    record Anchor(int start, int end, PartialDate date, Cue cue, String label) {
    }

    private static final String OBJECT = "(?:de\\s+la\\s+|de\\s+l'|du\\s+|des\\s+|de\\s+|d')";
    // A window stops at punctuation that ends a noun phrase, so "anniversaire de Xi, Poutine ..." sees only "Xi".
    private static final Pattern ANNIVERSARY = Pattern.compile(
        "\\b(?:(\\d{1,3})\\s*(?:e|eme|ieme|er|re)|(" + FrenchText.ORDINAL_WORD_NAMES + "))\\s+anniversaire\\s+"
            + OBJECT + "([^.;:!?()\",]{1,80})"
            + "|\\b(\\d{1,3})\\s+ans\\s+" + OBJECT + "([^.;:!?()\",]{1,80})"
            + "|\\b(\\d{1,3}|" + FrenchText.NUMBER_WORD_NAMES + ")\\s+ans?\\s+(?:jour pour jour\\s+)?apres\\s+"
            + "(?:le\\s+debut\\s+" + OBJECT + ")?([^.;:!?()\",]{1,80})");
    private static final Pattern OCCASION = Pattern.compile(
        "\\b(?:lors|en\\s+marge|au\\s+cours|a\\s+l'occasion|a\\s+la\\s+veille|a\\s+l'approche|a\\s+l'issue|au\\s+terme)\\s+"
            + OBJECT + "([^.;:!?()\"]{1,100})"
            + "|\\b(?:pendant|peu\\s+avant|avant)\\s+(?:le\\s+|la\\s+|les\\s+|l')([^.;:!?()\"]{1,100})"
            + "|\\b(?:au|aux|a\\s+la|pour\\s+les|pour\\s+le)\\s+((?:sommet|forum|jeux|defile|visite)[^.;:!?()\"]{1,100})");
    /** "trois semaines avant l'invasion de l'Ukraine", "deux mois apres le sommet de Samarcande". */
    private static final Pattern OFFSET = Pattern.compile(
        "\\b(\\d{1,3}|" + FrenchText.NUMBER_WORD_NAMES + ")\\s+(jours?|semaines?|mois)\\s+(avant|apres)\\s+"
            + "(?:le\\s+debut\\s+" + OBJECT + ")?(?:le\\s+|la\\s+|les\\s+|l')?([^.;:!?()\",]{1,80})");
    private static final Pattern THIS_YEAR = Pattern.compile("\\b(?:cette\\s+annee|l'annee)\\s+(?:marque|du|de)\\b");
    private static final Pattern BEFORE_CUE = Pattern.compile("(?:\\bavant|\\bl'approche)\\s+\\S*\\s*\\S*\\s*$");
    private static final Pattern HOURS_BEFORE = Pattern.compile("\\bheures?\\s+$");
    private static final Pattern EVE_CUE = Pattern.compile("\\bveille\\s+\\S*\\s*\\S*\\s*$");

    private static volatile ReferenceCalendar standard;

    private final List<Entry> entries;
    // Every word that begins some term, to the entries using it: a window is checked only against the entries
    // one of its words can start, not against the whole calendar.
    private final Map<String, List<Entry>> byWord;

    ReferenceCalendar(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, List<Entry>> index = new HashMap<>();
        for (Entry entry : this.entries) {
            for (List<String> group : entry.groups()) {
                for (String term : group) {
                    String word = term.strip().split(" ")[0];
                    List<Entry> list = index.computeIfAbsent(word, w -> new ArrayList<>());
                    if (!list.contains(entry)) {
                        list.add(entry);
                    }
                }
            }
        }
        this.byWord = Map.copyOf(index);
    }

    /** The built-in calendar, read from the class path once. */
    static ReferenceCalendar standard() {
        ReferenceCalendar calendar = standard;
        if (calendar == null) {
            synchronized (ReferenceCalendar.class) {
                calendar = standard;
                if (calendar == null) {
                    calendar = load(ReferenceCalendar.class.getResourceAsStream(RESOURCE), RESOURCE);
                    standard = calendar;
                }
            }
        }
        return calendar;
    }

    static ReferenceCalendar load(InputStream in, String name) {
        return parse(DataLines.read(in, name, "the reference calendar"), name);
    }

    static ReferenceCalendar parse(List<String> lines, String name) {
        return new ReferenceCalendar(DataLines.parse(lines, name, "date | kind | label | terms", fields -> {
            PartialDate date = PartialDate.parse(fields[0]);
            if (date.precision() == DatePrecision.YEAR) {
                throw new IllegalArgumentException("a reference event needs at least its month");
            }
            Kind kind = Kind.valueOf(fields[1].strip().toUpperCase(Locale.ROOT));
            return new Entry(date, kind, fields[2].strip(), parseTerms(fields[3]));
        }));
    }

    static List<List<String>> parseTerms(String field) {
        List<List<String>> groups = new ArrayList<>();
        for (String group : field.split("\\+")) {
            List<String> terms = Arrays.stream(group.split("/"))
                .map(t -> pad(FrenchText.fold(t)))
                .filter(t -> !t.isBlank())
                .toList();
            if (terms.isEmpty()) {
                throw new IllegalArgumentException("empty group of terms in '" + field.strip() + "'");
            }
            groups.add(terms);
        }
        return List.copyOf(groups);
    }

    /** Words separated by single spaces, with a space at both ends, so that containment means whole words. */
    static String pad(String folded) {
        StringBuilder out = new StringBuilder(folded.length() + 2).append(' ');
        boolean space = true;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        if (!space) {
            out.append(' ');
        }
        return out.toString();
    }

    int size() {
        return entries.size();
    }

    /** Every anchor phrase in a folded text (see {@link FrenchText#fold}), in text order. */
    List<Anchor> find(String folded) {
        List<Anchor> found = new ArrayList<>(2);
        findAnniversaries(folded, null, found);
        findOffsets(folded, null, found);
        findOccasions(folded, null, found);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /**
     * The same, looking only around the given cue words ({start, end} in the folded text): the caller has already
     * found the words that can begin an anniversary phrase ({@code anniversaire}, {@code ans}) or an occasion
     * ({@code lors}, {@code sommet}).
     */
    List<Anchor> find(String folded, List<int[]> anniversaryWords, List<int[]> occasionWords) {
        List<Anchor> found = new ArrayList<>(2);
        findAnniversaries(folded, anniversaryWords, found);
        findOffsets(folded, anniversaryWords, found);
        findOccasions(folded, occasionWords, found);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private void findAnniversaries(String folded, List<int[]> words, List<Anchor> found) {
        for (MatchResult m : around(ANNIVERSARY, folded, words)) {
            int years;
            String window;
            boolean after = false;
            if (m.group(3) != null) {
                years = m.group(1) != null ? FrenchText.ordinal(m.group(1)) : FrenchText.ordinal(m.group(2));
                window = m.group(3);
            } else if (m.group(5) != null) {
                years = FrenchText.ordinal(m.group(4));
                window = m.group(5);
            } else {
                years = FrenchText.count(m.group(6));
                window = m.group(7);
                after = true;
            }
            if (years <= 0) {
                continue;
            }
            boolean allowBirthdays = !after;
            Entry entry = best(pad(window), allowBirthdays, false);
            if (entry != null) {
                PartialDate date = shiftYears(entry.date(), years);
                if (THIS_YEAR.matcher(folded.substring(Math.max(0, m.start() - 30), m.start())).find()) {
                    // "cette année marque le 75e anniversaire de ...": the whole year, not the anniversary's day
                    date = PartialDate.ofYear(date.year());
                }
                found.add(new Anchor(m.start(), m.end(), date, after ? Cue.AT : cueBefore(folded, m.start()), entry.label()));
            }
        }
    }

    private void findOffsets(String folded, List<int[]> words, List<Anchor> found) {
        for (MatchResult m : around(OFFSET, folded, words)) {
            int n = FrenchText.count(m.group(1));
            Entry entry = best(pad(m.group(4)), false, false);
            if (n <= 0 || entry == null) {
                continue;
            }
            found.add(new Anchor(m.start(), m.end(), offset(entry.date(), n * (m.group(3).equals("avant") ? -1 : 1),
                m.group(2).charAt(0)), Cue.AT, entry.label()));
        }
    }

    /** A day shifted by days stays a day; by weeks or months, or from a month, it says no more than the month. */
    static PartialDate offset(PartialDate base, int amount, char unit) {
        java.time.LocalDate day = base.day() != 0 ? base.localDate().orElseThrow()
            : java.time.LocalDate.of(base.year(), Math.max(1, base.month()), 15);
        java.time.LocalDate shifted = switch (unit) {
            case 'j' -> day.plusDays(amount);
            case 's' -> day.plusWeeks(amount);
            default -> day.plusMonths(amount);
        };
        if (base.month() == 0) {
            return PartialDate.ofYear(shifted.getYear());
        }
        return unit == 'j' && base.day() != 0 ? PartialDate.ofDay(shifted) : PartialDate.ofMonth(java.time.YearMonth.from(shifted));
    }

    private void findOccasions(String folded, List<int[]> words, List<Anchor> found) {
        for (MatchResult m : around(OCCASION, folded, words)) {
            String window = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            Entry entry = best(pad(window), false, true);
            if (entry != null) {
                String cueText = folded.substring(m.start(), Math.min(m.end(), m.start() + 20));
                boolean hoursBefore = HOURS_BEFORE.matcher(folded.substring(Math.max(0, m.start() - 20), m.start())).find();
                // "quelques heures avant la cérémonie d'ouverture": the same day, not the weeks before it
                Cue cue = cueText.contains("veille") ? Cue.EVE
                    : !hoursBefore && (cueText.startsWith("avant") || cueText.startsWith("peu avant") || cueText.contains("approche"))
                        ? Cue.BEFORE : Cue.AT;
                found.add(new Anchor(m.start(), m.end(), entry.date(), cue, entry.label()));
            }
        }
    }

    private Entry best(String paddedWindow, boolean allowBirthdays, boolean occasionsOnly) {
        Entry best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Entry entry : candidates(paddedWindow)) {
            if (occasionsOnly && entry.kind() != Kind.OCCASION) {
                continue;
            }
            if (!allowBirthdays && entry.kind() == Kind.BIRTHDAY) {
                continue;
            }
            int at = entry.matchIn(paddedWindow);
            if (at >= 0 && at < bestAt) {
                best = entry;
                bestAt = at;
            }
        }
        return best;
    }

    /** Matches around the given words, or over the whole text when words is null. */
    private static List<MatchResult> around(Pattern pattern, String folded, List<int[]> words) {
        List<MatchResult> matches = new ArrayList<>(1);
        if (words == null) {
            Matcher m = pattern.matcher(folded);
            while (m.find()) {
                matches.add(m.toMatchResult());
            }
            return matches;
        }
        for (int[] word : words) {
            Near.matches(pattern, folded, word[0], word[1], matches);
        }
        return matches;
    }

    /** The entries one of the window's words can start, in file order (which breaks ties). */
    /**
     * The occasions (summits, forums, state visits) a folded sentence names with all their terms, with or
     * without a cue: an article with no date that tells of "un sommet de l'OCS à Samarcande" is about that
     * summit, which is the best date left for it.
     */
    List<PartialDate> occasionsNamed(String folded) {
        String padded = pad(folded);
        List<PartialDate> dates = new ArrayList<>(1);
        for (Entry entry : candidates(padded)) {
            if (entry.kind() == Kind.OCCASION && entry.matchIn(padded) >= 0) {
                dates.add(entry.date());
            }
        }
        return dates;
    }

    private List<Entry> candidates(String paddedWindow) {
        List<Entry> found = null;
        int n = paddedWindow.length();
        int start = 1;
        for (int i = 1; i < n; i++) {
            if (paddedWindow.charAt(i) == ' ') {
                List<Entry> hits = byWord.get(paddedWindow.substring(start, i));
                if (hits != null) {
                    if (found == null) {
                        found = new ArrayList<>(hits);
                    } else {
                        for (Entry e : hits) {
                            if (!found.contains(e)) {
                                found.add(e);
                            }
                        }
                    }
                }
                start = i + 1;
            }
        }
        if (found == null) {
            return List.of();
        }
        found.sort(java.util.Comparator.comparingInt(entries::indexOf));
        return found;
    }

    private static Cue cueBefore(String folded, int start) {
        String before = folded.substring(Math.max(0, start - 40), start);
        if (EVE_CUE.matcher(before).find()) {
            return Cue.EVE;
        }
        return BEFORE_CUE.matcher(before).find() ? Cue.BEFORE : Cue.AT;
    }

    private static PartialDate shiftYears(PartialDate date, int years) {
        int year = date.year() + years;
        if (date.day() == 0) {
            return new PartialDate(year, date.month(), 0);
        }
        int day = Math.min(date.day(), java.time.YearMonth.of(year, date.month()).lengthOfMonth());
        return new PartialDate(year, date.month(), day);
    }
}
