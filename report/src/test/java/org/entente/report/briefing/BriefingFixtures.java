package org.entente.report.briefing;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.analyze.Direction;
import org.entente.analyze.Event;
import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;
import org.entente.analyze.Mention;
import org.entente.analyze.MonthlyCount;
import org.entente.ingest.ArticleDate;
import org.entente.ingest.DateSource;
import org.entente.ingest.FileStatus;
import org.entente.ingest.PartialDate;
import org.entente.report.ArticleSummary;

/** A small, realistic run: China–Russia events from mid-2022 to an announced visit in October 2023. */
final class BriefingFixtures {

    static final String MEETING_EVIDENCE = "Le ministre chinois des Affaires étrangères, Qin Gang, et son adjoint "
        + "Ma Zhaoxu ont reçu dimanche à Pékin le vice-ministre russe Andreï Roudenko, selon un communiqué du ministère.";
    static final String SUPPORT_EVIDENCE = "Pékin a qualifié d’« affaire intérieure » la mutinerie du groupe Wagner "
        + "et s’est dit favorable aux efforts de Moscou pour « préserver la stabilité nationale ».";
    static final String JOINT_EVIDENCE = "Les deux parties ont salué « le haut niveau » de leurs relations et se sont "
        + "engagées à renforcer leur coordination sur la scène internationale.";
    /** Quotes, a comma, a line break and guillemets: what a CSV writer most easily breaks. */
    static final String AWKWARD_EVIDENCE = "Il a déclaré : \"nous travaillerons ensemble\", puis a ajouté\n"
        + "que « rien ne changera » ; l’entretien a duré deux heures.";

    private BriefingFixtures() {
    }

    static List<Event> events() {
        List<Event> events = new ArrayList<>();
        events.add(event("e-samarcande", EventType.MEETING, EventStatus.OCCURRED, day(2022, 9, 15), null,
            List.of("Xi Jinping"), List.of("Vladimir Poutine"), "Samarcande",
            mention("a10_ocs_samarcande", 2, "Xi Jinping et Vladimir Poutine se sont retrouvés jeudi à Samarcande, "
                + "en marge du sommet de l’Organisation de coopération de Shanghai.")));
        events.add(event("e-visio-decembre", EventType.CONTACT, EventStatus.OCCURRED, day(2022, 12, 30), null,
            List.of("Xi Jinping"), List.of("Vladimir Poutine"), "",
            mention("a11_visio", 1, "Les présidents chinois et russe ont tenu vendredi un entretien par "
                + "visioconférence pour faire le bilan de l’année écoulée.")));
        events.add(event("e-wang-moscou", EventType.MEETING, EventStatus.OCCURRED, day(2023, 2, 22), null,
            List.of("Wang Yi"), List.of("Vladimir Poutine"), "Moscou",
            mention("a12_wang_kremlin", 3, "Le plus haut diplomate chinois, Wang Yi, a été reçu mercredi au Kremlin "
                + "par le président russe.")));
        events.add(event("e-visite-etat", EventType.MEETING, EventStatus.OCCURRED, day(2023, 3, 21), null,
            List.of("Xi Jinping"), List.of("Vladimir Poutine"), "Moscou",
            mention("a07_mars", 2, "Le président chinois, arrivé lundi à Moscou pour une visite d’État de trois jours, "
                + "a rencontré Vladimir Poutine au Kremlin.")));
        events.add(event("e-declaration-mars", EventType.SHARED_POSITION, EventStatus.OCCURRED, day(2023, 3, 21),
            Direction.JOINT, List.of("Xi Jinping"), List.of("Vladimir Poutine"), "",
            mention("a07_mars", 5, "Les deux dirigeants ont signé une déclaration commune sur l’approfondissement "
                + "de leur partenariat stratégique.")));
        events.add(event("e-li-shangfu", EventType.MEETING, EventStatus.OCCURRED, day(2023, 4, 16), null,
            List.of("Li Shangfu"), List.of("Vladimir Poutine"), "Moscou",
            mention("a13_defense", 1, "Le ministre chinois de la Défense, Li Shangfu, s’est entretenu dimanche "
                + "à Moscou avec Vladimir Poutine.")));
        events.add(event("e-appel-mai", EventType.CONTACT, EventStatus.OCCURRED, day(2023, 5, 12), null,
            List.of("Qin Gang"), List.of("Sergueï Lavrov"), "",
            mention("a04_appel_mai", 1, "Qin Gang et Sergueï Lavrov se sont entretenus par téléphone vendredi, "
                + "a rapporté l’agence Chine nouvelle.")));
        events.add(event("e-rencontre-juin", EventType.MEETING, EventStatus.OCCURRED, day(2023, 6, 25), null,
            List.of("Ma Zhaoxu", "Qin Gang"), List.of("Andrey Rudenko"), "Pékin",
            mention("a01_mutinerie", 4, "Qin Gang a rencontré dimanche le vice-ministre russe des Affaires "
                + "étrangères, en visite à Pékin."),
            mention("a02_depeche", 2, MEETING_EVIDENCE)));
        events.add(event("e-soutien-juin", EventType.SHARED_POSITION, EventStatus.OCCURRED, month(2023, 6),
            Direction.A_TO_B, List.of(), List.of(), "",
            mention("a01_mutinerie", 1, SUPPORT_EVIDENCE),
            mention("a01_mutinerie", 2, "« La Chine soutient la Russie dans le maintien de sa stabilité », "
                + "a ajouté la porte-parole.")));
        events.add(event("e-commune-juin", EventType.SHARED_POSITION, EventStatus.OCCURRED, day(2023, 6, 25),
            Direction.JOINT, List.of("Qin Gang"), List.of("Andrey Rudenko"), "",
            mention("a02_depeche", 4, JOINT_EVIDENCE)));
        events.add(event("e-visite-octobre", EventType.MEETING, EventStatus.PLANNED, month(2023, 10), null,
            List.of(), List.of("Vladimir Poutine"), "",
            mention("a03_annonce", 1, "Vladimir Poutine se rendra en Chine en octobre pour le forum des "
                + "« Nouvelles routes de la soie », a annoncé le Kremlin.")));
        events.add(event("e-sans-date", EventType.MEETING, EventStatus.OCCURRED, null, null,
            List.of("Wang Yi"), List.of("Sergueï Lavrov"), "",
            mention("a05_sans_date", 2, "Wang Yi et Sergueï Lavrov ont évoqué, en marge de la réunion, "
                + "la situation dans la péninsule coréenne.")));
        return events;
    }

    static List<ArticleSummary> articles() {
        return List.of(
            ok("a01_mutinerie", "Pékin qualifie la mutinerie d’« affaire intérieure » russe", day(2023, 6, 26), 3),
            ok("a02_depeche", "Le vice-ministre russe reçu à Pékin", day(2023, 6, 25), 2),
            ok("a03_annonce", "Poutine attendu en Chine à l’automne", day(2023, 9, 20), 1),
            ok("a04_appel_mai", "Entretien téléphonique entre les chefs de la diplomatie", day(2023, 5, 12), 1),
            new ArticleSummary("a05_sans_date", "a05_sans_date.txt", "Réunion régionale", ArticleDate.UNDATED,
                FileStatus.UNDATED, "no date in the header, the dateline or the text", 1),
            new ArticleSummary("a06_vide", "a06_vide.txt", "", ArticleDate.UNDATED, FileStatus.REJECTED,
                "empty file", 0),
            ok("a07_mars", "Xi Jinping en visite d’État à Moscou", day(2023, 3, 21), 2),
            ok("a10_ocs_samarcande", "Sommet de l’OCS à Samarcande", day(2022, 9, 16), 1),
            ok("a11_visio", "Visioconférence de fin d’année", day(2022, 12, 30), 1),
            ok("a12_wang_kremlin", "Wang Yi au Kremlin", day(2023, 2, 22), 1),
            ok("a13_defense", "Le ministre chinois de la Défense à Moscou", day(2023, 4, 17), 1),
            ok("a14_juillet", "Commerce : les échanges progressent", day(2023, 7, 3), 0));
    }

    /** Monthly counts as the analysis would make them from {@link #events()} and {@link #articles()}. */
    static List<MonthlyCount> counts(List<Event> events, List<ArticleSummary> articles) {
        Map<YearMonth, int[]> rows = new TreeMap<>();
        YearMonth first = YearMonth.of(2022, 7);
        YearMonth last = YearMonth.of(2023, 10);
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            rows.put(m, new int[5]);
        }
        int undated = 0;
        for (Event event : events) {
            YearMonth month = event.date() == null ? null : event.date().yearMonth().orElse(null);
            if (month == null) {
                undated += event.status() == EventStatus.OCCURRED ? 1 : 0;
                continue;
            }
            int[] row = rows.get(month);
            if (event.status() == EventStatus.PLANNED) {
                row[3]++;
            } else {
                row[event.type().ordinal()]++;
            }
        }
        for (ArticleSummary article : articles) {
            article.published().value().flatMap(PartialDate::yearMonth).ifPresent(m -> rows.get(m)[4]++);
        }
        List<MonthlyCount> counts = new ArrayList<>();
        rows.forEach((m, r) -> counts.add(new MonthlyCount(m.toString(), r[0], r[1], r[2], r[3], r[4])));
        if (undated > 0) {
            counts.add(new MonthlyCount(MonthlyCount.UNDATED, 0, undated, 0, 0, 0));
        }
        return counts;
    }

    static Event event(String id, EventType type, EventStatus status, PartialDate date, Direction direction,
                       List<String> participantsA, List<String> participantsB, String location, Mention... mentions) {
        List<Mention> typed = new ArrayList<>();
        for (Mention m : mentions) {
            typed.add(new Mention(m.article(), m.sentence(), type, status, date, participantsA, participantsB,
                direction, null, location, m.text()));
        }
        String evidence = "";
        for (Mention m : mentions) {
            evidence = m.text().length() > evidence.length() ? m.text() : evidence; // the fullest report stands for "clearest"
        }
        return new Event(id, type, status, date, "CHN", "RUS", participantsA, participantsB, direction, location,
            typed, evidence);
    }

    /** A placeholder mention; {@link #event} gives it the event's type, date and participants. */
    static Mention mention(String article, int sentence, String text) {
        return new Mention(article, sentence, EventType.MEETING, EventStatus.OCCURRED, null, List.of(), List.of(),
            null, null, "", text);
    }

    static PartialDate day(int year, int month, int day) {
        return new PartialDate(year, month, day);
    }

    static PartialDate month(int year, int month) {
        return new PartialDate(year, month, 0);
    }

    private static ArticleSummary ok(String id, String title, PartialDate published, int mentions) {
        DateSource source = id.startsWith("a02") ? DateSource.DATELINE : DateSource.HEADER;
        return new ArticleSummary(id, "2023/" + id + ".txt", title, ArticleDate.of(published, source), FileStatus.OK,
            "", mentions);
    }
}
