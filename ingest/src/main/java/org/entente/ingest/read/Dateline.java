package org.entente.ingest.read;

import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wire-service dateline at the start of a paragraph, {@code PEKIN/MOSCOU, 8 février (Reuters) -}:
 * places in capitals or capitalised, a comma, a day and a French month (rarely a year), an optional
 * agency in brackets, then a dash or colon. The year is usually missing; the caller supplies it.
 *
 * @param day  the day and month the dateline gives
 * @param year the year when the dateline states it
 */
public record Dateline(MonthDay day, OptionalInt year) {

    /** Datelines open the article, so only its first few paragraphs are searched. */
    private static final int PARAGRAPHS_SEARCHED = 3;

    private static final String PLACE = "\\p{Lu}[\\p{L}'’.\\- ]{0,40}";
    private static final Pattern PATTERN = Pattern.compile(
            "^\\s{0,4}" + PLACE + "(?:/" + PLACE + "){0,4},\\s{1,3}(?:(?iu:le)\\s{1,3})?"
                    + "(?:(?iu:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s{1,3})?"
                    + "(\\d{1,2})(?:er)?\\s{1,3}"
                    + "((?iu:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre))"
                    + "(?:\\s{1,3}(\\d{4}))?\\s{0,3}(?:\\([^()]{1,40}\\)\\s{0,3})?[-–—:]");

    private static final List<String> MONTHS = List.of("janvier", "fevrier", "mars", "avril", "mai", "juin",
            "juillet", "aout", "septembre", "octobre", "novembre", "decembre");

    public static Optional<Dateline> find(List<String> paragraphs) {
        int limit = Math.min(PARAGRAPHS_SEARCHED, paragraphs.size());
        for (int i = 0; i < limit; i++) {
            Optional<Dateline> found = parse(paragraphs.get(i));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    public static Optional<Dateline> parse(String paragraph) {
        // Only the opening of the paragraph can hold a dateline; a bounded prefix keeps matching cheap.
        String head = paragraph.length() > 200 ? paragraph.substring(0, 200) : paragraph;
        Matcher m = PATTERN.matcher(head);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        int month = MONTHS.indexOf(stripAccents(m.group(2).toLowerCase(Locale.ROOT))) + 1;
        int dayOfMonth = Integer.parseInt(m.group(1));
        if (dayOfMonth < 1 || dayOfMonth > java.time.Month.of(month).maxLength()) {
            return Optional.empty();
        }
        OptionalInt year = m.group(3) == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(m.group(3)));
        return Optional.of(new Dateline(MonthDay.of(month, dayOfMonth), year));
    }

    private static String stripAccents(String month) {
        return month.replace('é', 'e').replace('û', 'u');
    }
}
