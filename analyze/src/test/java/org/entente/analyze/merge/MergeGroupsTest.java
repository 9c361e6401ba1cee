package org.entente.analyze.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.entente.analyze.AnalysisOptions;
import org.entente.analyze.ArticleAnalyzer;
import org.entente.analyze.Direction;
import org.entente.analyze.Dyad;
import org.entente.analyze.Event;
import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;
import org.entente.analyze.Mention;
import org.entente.ingest.IngestOptions;
import org.entente.ingest.IngestedFile;
import org.entente.ingest.InputFolder;
import org.entente.ingest.PartialDate;
import org.junit.jupiter.api.Test;

class MergeGroupsTest {

    private static Mention meeting(String article, int sentence, String date) {
        return new Mention(article, sentence, EventType.MEETING, EventStatus.OCCURRED, date == null ? null : PartialDate.parse(date),
            List.of("Xi Jinping"), List.of("Vladimir Poutine"), null, null, "", "Xi Jinping a rencontré Vladimir Poutine.");
    }

    private static Mention position(String article, int sentence, String date, String occasion) {
        return new Mention(article, sentence, EventType.SHARED_POSITION, EventStatus.OCCURRED,
            date == null ? null : PartialDate.parse(date), List.of(), List.of(), Direction.JOINT, occasion, "",
            "Les deux dirigeants ont signé une déclaration commune.");
    }

    @Test
    void contactOrMeetingBelongsToTheYearOfItsDate() {
        assertThat(MergeGroups.yearsOf(List.of(meeting("a", 2, "2023-03-21"), meeting("a", 5, "2024")))).containsExactly(2023, 2024);
    }

    @Test
    void undatedReportBelongsToTheUndatedGroup() {
        assertThat(MergeGroups.yearsOf(List.of(meeting("a", 2, null)))).containsExactly((Integer) null);
    }

    @Test
    void positionFollowsTheYearOfItsOccasionNotItsOwnDate() {
        // "En décembre 2022, ... ; ils ont alors signé ..." reported with its own date in January 2023
        List<Mention> article = List.of(meeting("a", 2, "2022-12-30"), position("a", 3, "2023-01", "a#2"));

        assertThat(MergeGroups.yearsOf(article)).containsExactly(2022, 2022);
    }

    @Test
    void positionWithoutOccasionFollowsItsOwnDate() {
        assertThat(MergeGroups.yearsOf(List.of(position("a", 3, "2023-01", null)))).containsExactly(2023);
    }

    @Test
    void positionStatedAtAnUndatedMeetingIsUndated() {
        assertThat(MergeGroups.yearsOf(List.of(meeting("a", 2, null), position("a", 3, "2023-01", "a#2"))))
            .containsExactly(null, null);
    }

    @Test
    void mergingGroupByGroupGivesTheSameEventsAsMergingAllAtOnce() throws Exception {
        List<Mention> all = new ArrayList<>();
        Map<Integer, List<Mention>> groups = new LinkedHashMap<>();
        ArticleAnalyzer analyzer = ArticleAnalyzer.create(AnalysisOptions.defaults());
        for (String set : List.of("samples", "own")) {
            InputFolder folder = InputFolder.open(Path.of(getClass().getResource("/gold/" + set).toURI()), IngestOptions.defaults());
            for (String file : folder.files()) {
                for (IngestedFile read : folder.read(file)) {
                    List<Mention> mentions = analyzer.analyze(read.article()).mentions();
                    List<Integer> years = MergeGroups.yearsOf(mentions);
                    for (int i = 0; i < mentions.size(); i++) {
                        groups.computeIfAbsent(years.get(i), y -> new ArrayList<>()).add(mentions.get(i));
                    }
                    all.addAll(mentions);
                }
            }
        }
        // a position reported in January 2023 about a December 2022 meeting, from two outlets
        List<Mention> crossing = List.of(meeting("x1", 2, "2022-12-30"), position("x1", 3, "2023-01", "x1#2"),
            meeting("x2", 1, "2022-12"), position("x2", 2, null, "x2#1"));
        List<Integer> crossingYears = MergeGroups.yearsOf(crossing.subList(0, 2));
        crossingYears = new ArrayList<>(crossingYears);
        crossingYears.addAll(MergeGroups.yearsOf(crossing.subList(2, 4)));
        for (int i = 0; i < crossing.size(); i++) {
            groups.computeIfAbsent(crossingYears.get(i), y -> new ArrayList<>()).add(crossing.get(i));
        }
        all.addAll(crossing);

        EventMerger merger = new EventMerger(Dyad.CHINA_RUSSIA);
        List<Event> atOnce = merger.merge(all);
        List<Event> byGroup = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        groups.keySet().stream().sorted(Comparator.nullsLast(Comparator.naturalOrder()))
            .forEach(year -> byGroup.addAll(merger.merge(groups.get(year), ids)));

        assertThat(groups).hasSizeGreaterThan(3);
        assertThat(atOnce).hasSizeGreaterThan(100);
        assertThat(byGroup).containsExactlyElementsOf(atOnce);
        assertThat(atOnce).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.SHARED_POSITION);
            assertThat(e.articles()).containsExactly("x1", "x2");
            assertThat(Objects.toString(e.date())).isEqualTo("2022-12-30");
        });
    }
}
