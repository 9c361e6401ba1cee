package org.entente.bench;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes one synthetic article: a header line {@code " date YYYY-MM Title"} as in the user's
 * samples, then 10 to 30 sentences in paragraphs of one to three, of which 0 to 3 are event
 * sentences (placed together, so that a stated position follows the meeting it was stated at)
 * and the rest filler. Each article draws from its own random stream, derived from the seed and
 * its number, so articles can be written in any order and still come out the same.
 */
final class ArticleComposer {

    /** One article's text and what the analysis should find in it. */
    record Composed(String id, String text, int sentences, List<ExpectedEvent> events) {
    }

    private static final EventSentences.Kind[] KINDS = EventSentences.Kind.values();
    private static final int[] KIND_WEIGHTS = {20, 25, 25, 12, 9, 9};
    private static final int[] EVENT_COUNT_WEIGHTS = {35, 30, 20, 15};

    private final long seed;
    private final int idWidth;

    ArticleComposer(long seed, int articles) {
        this.seed = seed;
        this.idWidth = Math.max(6, Integer.toString(articles).length());
    }

    Composed compose(int index) {
        SplittableRandom random = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (index + 1L)));
        String id = String.format("%0" + idWidth + "d", index + 1);
        int monthIndex = random.nextInt(Officials.MONTHS);
        YearMonth month = Officials.FIRST_MONTH.plusMonths(monthIndex);
        int total = 10 + random.nextInt(21);

        List<EventSentences.Built> block = eventBlock(random, id, month, monthIndex, Math.min(weighted(random, EVENT_COUNT_WEIGHTS), total));
        List<String> sentences = new ArrayList<>(total);
        for (int i = block.size(); i < total; i++) {
            sentences.add(FillerSentences.next(random));
        }
        int at = random.nextInt(sentences.size() + 1);
        List<ExpectedEvent> events = new ArrayList<>(block.size());
        for (int i = 0; i < block.size(); i++) {
            sentences.add(at + i, block.get(i).text());
            if (block.get(i).event() != null) {
                events.add(block.get(i).event());
            }
        }

        StringBuilder text = new StringBuilder(total * 160);
        text.append(" date ").append(month).append(' ').append(FillerSentences.title(random)).append("\n\n");
        int i = 0;
        while (i < sentences.size()) {
            int paragraph = Math.min(1 + random.nextInt(3), sentences.size() - i);
            text.append(String.join(" ", sentences.subList(i, i + paragraph))).append("\n\n");
            i += paragraph;
        }
        String article = text.toString();
        if (random.nextBoolean()) {
            // Half the articles use the typographic apostrophe, as pasted press text does.
            article = article.replace('\'', '\u2019');
        }
        return new Composed(id, article, total + 1, List.copyOf(events));
    }

    private static List<EventSentences.Built> eventBlock(SplittableRandom random, String id, YearMonth month,
                                                         int monthIndex, int count) {
        List<Official[]> pairs = Officials.pairs(monthIndex);
        Official[] pair = pairs.get(random.nextInt(pairs.size()));
        List<EventSentences.Built> block = new ArrayList<>(count);
        Set<String> keys = new HashSet<>();
        YearMonth occasion = null;
        for (int n = 0; n < count; n++) {
            if (n > 0 && random.nextInt(10) < 3) {
                pair = pairs.get(random.nextInt(pairs.size()));
            }
            EventSentences.Built built = EventSentences.build(KINDS[weighted(random, KIND_WEIGHTS)], random, id, month, pair,
                occasion);
            // Two reports of one event in one article would merge into one: keep the expected list exact.
            if (built.key() == null || keys.add(built.key())) {
                block.add(built);
                ExpectedEvent e = built.event();
                boolean isOccasion = e != null && e.status().equals("occurred") && !e.type().equals("shared_position");
                occasion = isOccasion ? e.month() : null;
            }
        }
        return block;
    }

    private static int weighted(SplittableRandom random, int[] weights) {
        int sum = 0;
        for (int w : weights) {
            sum += w;
        }
        int r = random.nextInt(sum);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
