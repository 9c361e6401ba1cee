package org.entente.bench;

import java.time.YearMonth;
import java.util.SplittableRandom;

/** French names of months and days, and the ways an article says when something happened. */
final class FrenchCalendar {

    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
        "août", "septembre", "octobre", "novembre", "décembre"};
    private static final String[] WEEKDAYS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"};

    private FrenchCalendar() {
    }

    static String monthName(YearMonth month) {
        return MONTHS[month.getMonthValue() - 1];
    }

    static String weekday(SplittableRandom random) {
        return WEEKDAYS[random.nextInt(WEEKDAYS.length)];
    }

    /**
     * When an occurred event happened. Inline phrases go after the verb; a front phrase opens the
     * sentence (and moves the event to an earlier month than the article's).
     *
     * @param inline text inserted after the verb, with its leading space, or empty
     * @param front  text opening the sentence, with its trailing comma and space, or empty
     * @param month  the month the event falls in
     */
    record When(String inline, String front, YearMonth month) {
    }

    static When occurred(SplittableRandom random, YearMonth articleMonth) {
        int pick = random.nextInt(100);
        if (pick < 45) {
            return new When(" " + weekday(random), "", articleMonth);
        }
        if (pick < 60) {
            return new When("", "", articleMonth);
        }
        if (pick < 72) {
            int day = 1 + random.nextInt(28);
            return new When(" le " + (day == 1 ? "1er" : Integer.toString(day)) + " " + monthName(articleMonth) + " "
                + articleMonth.getYear(), "", articleMonth);
        }
        if (pick < 80) {
            return new When(" cette semaine", "", articleMonth);
        }
        YearMonth earlier = articleMonth.minusMonths(1 + random.nextInt(3));
        if (pick < 90) {
            return new When("", "En " + monthName(earlier) + ", ", earlier);
        }
        return earlier.equals(articleMonth.minusMonths(1))
            ? new When("", "Le mois dernier, ", earlier)
            : new When("", "En " + monthName(earlier) + " " + earlier.getYear() + ", ", earlier);
    }
}
