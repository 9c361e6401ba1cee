package org.entente.report.briefing;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.entente.analyze.MonthlyCount;

/**
 * A report month whose articles are missing or far fewer than usual. Its figures then measure the collection (a
 * feed that stopped, a month not yet gathered) rather than the relations, and a briefing of zeros would
 * otherwise read like a quiet month.
 *
 * @param month    the report month
 * @param articles the articles published in it
 * @param usual    the median number of articles of the other months that have any, when there are such months
 */
public record CollectionGap(YearMonth month, int articles, OptionalInt usual) {

    /** Below this share of the usual number of articles a month is said to be thin. */
    static final int THIN_DIVISOR = 4;

    /** The gap in the report month, if it has no article or fewer than a quarter of the usual number. */
    public static Optional<CollectionGap> of(YearMonth month, Collection<MonthlyCount> counts) {
        int articles = 0;
        List<Integer> others = new java.util.ArrayList<>();
        for (MonthlyCount count : counts) {
            if (count.month().equals(month.toString())) {
                articles = count.articles();
            } else if (count.articles() > 0 && !count.month().equals("undated")) {
                // months without any article are left out: a past gap in the collection is no measure of the usual
                others.add(count.articles());
            }
        }
        OptionalInt usual = median(others);
        if (articles == 0) {
            return Optional.of(new CollectionGap(month, 0, usual));
        }
        if (usual.isPresent() && articles * THIN_DIVISOR < usual.getAsInt()) {
            return Optional.of(new CollectionGap(month, articles, usual));
        }
        return Optional.empty();
    }

    public boolean empty() {
        return articles == 0;
    }

    /** The warning as the log gives it. */
    public String logLine() {
        if (empty()) {
            return "no article in the input was published in " + month + ": the briefing's zeros measure the"
                + " collection, not the relations; check that the sources were collected for that month";
        }
        return "only " + articles + " article(s) were published in " + month + ", under a quarter of the usual "
            + usual.getAsInt() + " a month (the median of the other months): the briefing's figures measure the"
            + " collection as much as the relations";
    }

    private static OptionalInt median(List<Integer> values) {
        if (values.isEmpty()) {
            return OptionalInt.empty();
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        // the lower middle for an even count: a whole number of articles, and never more than half the months
        return OptionalInt.of(sorted.get((n - 1) / 2));
    }
}
