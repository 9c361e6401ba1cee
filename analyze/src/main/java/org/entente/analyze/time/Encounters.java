package org.entente.analyze.time;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.entente.ingest.PartialDate;

/**
 * Known China–Russia encounters with their days, so that a day an undated article names without its year
 * ({@code lundi 20 mars} beside Xi Jinping in Moscow) takes the year of the encounter, as a reader who knows the
 * visit does. The data file's format is described in its header. Immutable once loaded.
 */
final class Encounters {

    static final String RESOURCE = "encounters.txt";
    /** A page may name the eve of a visit or the day after a call ("arrivé dimanche", "au lendemain de l'appel"). */
    private static final int SLACK_DAYS = 2;
    /** Who and where: the groups a day of the month needs when no encounter is named with all of its groups. */
    private static final int DAY_GROUPS = 2;

    record Encounter(LocalDate from, LocalDate to, String label, List<List<String>> groups) {

        boolean covers(LocalDate day) {
            return !day.isBefore(from.minusDays(SLACK_DAYS)) && !day.isAfter(to.plusDays(SLACK_DAYS));
        }

        boolean namedIn(String paddedWindow) {
            return namedIn(paddedWindow, groups.size());
        }

        /** Whether the window names the first {@code count} groups of terms (who, and where or how). */
        boolean namedIn(String paddedWindow, int count) {
            for (List<String> group : groups.subList(0, Math.min(count, groups.size()))) {
                if (group.stream().noneMatch(paddedWindow::contains)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static volatile Encounters standard;

    private final List<Encounter> encounters;

    Encounters(List<Encounter> encounters) {
        this.encounters = List.copyOf(encounters);
    }

    static Encounters standard() {
        Encounters known = standard;
        if (known == null) {
            synchronized (Encounters.class) {
                known = standard;
                if (known == null) {
                    known = load(Encounters.class.getResourceAsStream(RESOURCE), RESOURCE);
                    standard = known;
                }
            }
        }
        return known;
    }

    static Encounters load(InputStream in, String name) {
        return parse(DataLines.read(in, name, "the list of encounters"), name);
    }

    static Encounters parse(List<String> lines, String name) {
        return new Encounters(DataLines.parse(lines, name, "from | to | label | terms", fields -> {
            LocalDate from;
            LocalDate to;
            try {
                from = LocalDate.parse(fields[0].strip());
                to = LocalDate.parse(fields[1].strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("dates are YYYY-MM-DD", e);
            }
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("the last day " + to + " is before the first " + from);
            }
            return new Encounter(from, to, fields[2].strip(), ReferenceCalendar.parseTerms(fields[3]));
        }));
    }

    /**
     * The one day with that ISO weekday inside the encounters the folded window names ("mardi" beside Xi at the Kremlin is
     * 21 March 2023: his other stays in Moscow had no Tuesday); null when none or more than one day fits. No slack here:
     * a bare weekday is the day of the news itself.
     */
    PartialDate dayOf(int weekday, String foldedWindow) {
        String padded = ReferenceCalendar.pad(foldedWindow);
        LocalDate found = null;
        for (Encounter encounter : encounters) {
            for (LocalDate day = encounter.from(); !day.isAfter(encounter.to()); day = day.plusDays(1)) {
                if (day.getDayOfWeek().getValue() != weekday || !encounter.namedIn(padded)) {
                    continue;
                }
                if (found != null && !found.equals(day)) {
                    return null;
                }
                found = day;
            }
        }
        return found == null ? null : PartialDate.ofDay(found);
    }

    /**
     * The day ({@code month}, {@code day}, ISO {@code weekday} or 0) in the year of the encounters it falls in whose terms
     * the folded window names; null when none does, when they fall in different years, or when the weekday does not fit.
     */
    PartialDate yearOf(int month, int day, int weekday, String foldedWindow) {
        String padded = ReferenceCalendar.pad(foldedWindow);
        int year = yearOf(month, day, padded, Integer.MAX_VALUE);
        if (year == 0) {
            // a day of the month is strong evidence: who and where suffice when the occasion or channel goes unnamed
            year = yearOf(month, day, padded, DAY_GROUPS);
        }
        if (year <= 0) {
            return null;
        }
        PartialDate date = Reference.validDay(year, month, day);
        return weekday != 0 && date.localDate().orElseThrow().getDayOfWeek().getValue() != weekday ? null : date;
    }

    /** The one year of the encounters the day falls in whose first {@code groups} groups the window names; 0 if none, -1 if several. */
    private int yearOf(int month, int day, String padded, int groups) {
        int year = 0;
        for (Encounter encounter : encounters) {
            for (int y = encounter.from().getYear(); y <= encounter.to().getYear(); y++) {
                PartialDate candidate = Reference.validDay(y, month, day);
                if (candidate == null || !encounter.covers(candidate.localDate().orElseThrow()) || !encounter.namedIn(padded, groups)) {
                    continue;
                }
                if (year != 0 && year != y) {
                    return -1;
                }
                year = y;
            }
        }
        return year;
    }
}
