package org.entente.report.store;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.entente.analyze.Direction;
import org.entente.analyze.Event;
import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;
import org.entente.analyze.Mention;
import org.entente.ingest.PartialDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fills the store with a random but seeded corpus that has what the report's orders and selections must cope
 * with: ties on every sort key, undated and year-only dates, shared positions in every direction, dropped and
 * corrected events, events without mentions, rejected and undated articles, and awkward text.
 */
final class RandomStore {

    private static final String[] PERSONS = {"Wang Yi", "Sergueï Lavrov", "Xi Jinping", "Vladimir Poutine", "Li Qiang"};
    private static final String[] WORDS = {"Pékin", "Moscou", "« partenariat »", "a déclaré", "l’OCS", "\"sans limites\"",
        "ensemble,", "coopération", "Éléments", "zèle", "a", "B", "\u00E9t\u00E9", "sommet\nà Samarcande"};

    private final Random random;
    private final JdbcClient jdbc;
    private final MentionStore mentions;
    private final EventStore events;

    RandomStore(long seed, JdbcClient jdbc, MentionStore mentions, EventStore events) {
        this.random = new Random(seed);
        this.jdbc = jdbc;
        this.mentions = mentions;
        this.events = events;
    }

    /** Empties the project's tables and writes the corpus, all seen in the given run. */
    void fill(int articles, long run) {
        jdbc.sql("delete from entente_mention").update();
        jdbc.sql("delete from entente_event").update();
        jdbc.sql("delete from entente_article").update();
        Map<String, List<Mention>> byArticle = new LinkedHashMap<>();
        for (int i = 0; i < articles; i++) {
            String id = (random.nextInt(10) == 0 ? "B" : "a") + String.format("%04d_%s", random.nextInt(9000), i);
            insertArticle(id, run);
            byArticle.put(id, mentionsOf(id));
        }
        mentions.replaceAll(byArticle);
        List<Event> made = new ArrayList<>();
        Map<Mention, Integer> seqOf = new IdentityHashMap<>(); // two reports may be equal in value
        List<Mention> pool = new ArrayList<>();
        byArticle.forEach((id, list) -> {
            for (int i = 0; i < list.size(); i++) {
                seqOf.put(list.get(i), i + 1);
                pool.add(list.get(i));
            }
        });
        java.util.Collections.shuffle(pool, random);
        List<Object[]> assignments = new ArrayList<>();
        for (int from = 0; from < pool.size(); ) {
            int size = Math.min(pool.size() - from, 1 + random.nextInt(3));
            List<Mention> group = pool.subList(from, from + size);
            Event event = eventOf(made.size(), group);
            made.add(event);
            group.forEach(m -> assignments.add(new Object[] {event.id(), m.article(), seqOf.get(m)}));
            from += size;
        }
        for (int i = 0; i < articles / 20; i++) {
            made.add(eventOf(made.size(), List.of())); // added by an analyst: no report behind it
        }
        events.insertAll(made);
        assignments.forEach(a -> jdbc.sql("update entente_mention set event_id = ? where article_id = ? and seq = ?")
            .params(a).update());
    }

    private void insertArticle(String id, long run) {
        int kind = random.nextInt(20);
        String reason = kind < 3 ? "empty file" : kind == 3 ? "duplicate of x/" + id + ".txt: same text, counted once" : "";
        String published = kind < 8 ? null : date(false);
        String finalPublished = kind == 8 ? null : random.nextInt(5) == 0 ? date(false) : null;
        jdbc.sql("""
                insert into entente_article (article_id, file_path, title, body, published, date_source, source, url,
                    content_hash, reason, seen_run, final_published, final_date_source)
                values (?, ?, ?, ?, ?, ?, '', '', ?, ?, ?, ?, ?)""")
            .params(id, "dir/" + id + ".txt", text(3), text(40), published, published == null ? "NONE" : "HEADER",
                Integer.toHexString(id.hashCode()), reason, run, finalPublished, finalPublished == null ? null : "INFERRED")
            .update();
    }

    private List<Mention> mentionsOf(String article) {
        List<Mention> list = new ArrayList<>();
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            EventType type = EventType.values()[random.nextInt(3)];
            Direction direction = type == EventType.SHARED_POSITION ? Direction.values()[random.nextInt(3)] : null;
            int sentence = 1 + random.nextInt(4);
            // reports of one sentence mostly share its text, sometimes not, to exercise the last sort key
            String text = random.nextInt(8) == 0 ? text(6) : "Phrase " + sentence + " de " + article + ", " + text(2);
            list.add(new Mention(article, sentence, type, status(), random.nextInt(5) == 0 ? null : partialDate(),
                persons(), persons(), direction, null, random.nextBoolean() ? "" : "Moscou", text));
        }
        return list;
    }

    private Event eventOf(int n, List<Mention> group) {
        EventType type = group.isEmpty() ? EventType.values()[random.nextInt(3)] : group.get(0).type();
        Direction direction = type == EventType.SHARED_POSITION ? Direction.values()[random.nextInt(3)] : null;
        String evidence = group.isEmpty() || random.nextInt(6) == 0 ? text(4) : group.get(random.nextInt(group.size())).text();
        int fate = random.nextInt(12);
        String correction = fate == 0 ? "dropped: not about the dyad" : fate == 1 ? "changed date: checked" : "";
        return new Event(String.format("e%08x", random.nextInt()) + n, type, status(), random.nextInt(6) == 0 ? null : partialDate(),
            random.nextInt(5) == 0 ? "" : "CHN", "RUS", persons(), persons(), direction,
            random.nextBoolean() ? "" : "Pékin", group, evidence, correction);
    }

    private EventStatus status() {
        return random.nextInt(5) < 2 ? EventStatus.PLANNED : EventStatus.OCCURRED;
    }

    /** Few distinct dates, so that many events tie on the date. */
    private PartialDate partialDate() {
        return PartialDate.parse(date(true));
    }

    private String date(boolean yearOnlyAllowed) {
        int year = 2022 + random.nextInt(3);
        int month = 1 + random.nextInt(12);
        int kind = random.nextInt(10);
        if (yearOnlyAllowed && kind == 0) {
            return Integer.toString(year);
        }
        return kind < 4 ? String.format("%04d-%02d", year, month) : String.format("%04d-%02d-%02d", year, month, 1 + random.nextInt(3));
    }

    private List<String> persons() {
        List<String> persons = new ArrayList<>();
        for (String person : PERSONS) {
            if (random.nextInt(4) == 0) {
                persons.add(person);
            }
        }
        return persons;
    }

    private String text(int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }
}
