package org.entente.analyze.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.analyze.Direction;
import org.entente.analyze.Event;
import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;
import org.entente.analyze.MonthlyCount;
import org.entente.ingest.ArticleDate;
import org.entente.ingest.DateSource;
import org.entente.ingest.PartialDate;
import org.junit.jupiter.api.Test;

class MonthlyCounterTest {

    private static Event event(EventType type, EventStatus status, String date) {
        return new Event("E" + type.ordinal() + status.ordinal() + date, type, status, date == null ? null : PartialDate.parse(date),
            "CHN", "RUS", List.of(), List.of(), type == EventType.SHARED_POSITION ? Direction.JOINT : null, "", List.of(), "evidence");
    }

    private static ArticleDate published(String date) {
        return date == null ? ArticleDate.UNDATED : ArticleDate.of(PartialDate.parse(date), DateSource.HEADER);
    }

    @Test
    void monthsBetweenFirstAndLastAreZeroFilled() {
        List<MonthlyCount> rows = MonthlyCounter.count(
            List.of(event(EventType.MEETING, EventStatus.OCCURRED, "2022-11-15"), event(EventType.CONTACT, EventStatus.OCCURRED, "2023-02")),
            List.of(published("2022-11-20"), published("2023-02")));

        assertThat(rows).containsExactly(
            new MonthlyCount("2022-11", 0, 1, 0, 0, 1),
            new MonthlyCount("2022-12", 0, 0, 0, 0, 0),
            new MonthlyCount("2023-01", 0, 0, 0, 0, 0),
            new MonthlyCount("2023-02", 1, 0, 0, 0, 1));
    }

    @Test
    void rangeReachesTheMonthOfAPlannedEventOrAnArticle() {
        List<MonthlyCount> rows = MonthlyCounter.count(
            List.of(event(EventType.MEETING, EventStatus.PLANNED, "2023-10")),
            List.of(published("2023-08-30")));

        assertThat(rows).extracting(MonthlyCount::month).containsExactly("2023-08", "2023-09", "2023-10");
        assertThat(rows.get(2).planned()).isEqualTo(1);
        assertThat(rows.get(2).total()).isZero();
    }

    @Test
    void occurredEventsWithoutAMonthGoToOneUndatedRowAtTheEnd() {
        List<MonthlyCount> rows = MonthlyCounter.count(
            List.of(event(EventType.MEETING, EventStatus.OCCURRED, "2022"),
                event(EventType.SHARED_POSITION, EventStatus.OCCURRED, null),
                event(EventType.SHARED_POSITION, EventStatus.OCCURRED, "2023-02")),
            List.of(published("2023-02"), published(null)));

        assertThat(rows).containsExactly(
            new MonthlyCount("2023-02", 0, 0, 1, 0, 1),
            new MonthlyCount(MonthlyCount.UNDATED, 0, 1, 1, 0, 1));
    }

    @Test
    void noUndatedRowWhenOnlyPlannedEventsOrArticlesLackAMonth() {
        List<MonthlyCount> rows = MonthlyCounter.count(
            List.of(event(EventType.MEETING, EventStatus.PLANNED, null), event(EventType.CONTACT, EventStatus.OCCURRED, "2023-03-02")),
            List.of(published(null), published("2023")));

        assertThat(rows).containsExactly(new MonthlyCount("2023-03", 1, 0, 0, 0, 0));
    }

    @Test
    void eventsCountInTheMonthTheyHappenedNotTheMonthReported() {
        List<MonthlyCount> rows = MonthlyCounter.count(
            List.of(event(EventType.MEETING, EventStatus.OCCURRED, "2022-02-04")), List.of(published("2022-03-01")));
        assertThat(rows).containsExactly(new MonthlyCount("2022-02", 0, 1, 0, 0, 0), new MonthlyCount("2022-03", 0, 0, 0, 0, 1));
    }

    @Test
    void nothingToCountGivesNoRows() {
        assertThat(MonthlyCounter.count(List.of(), List.of(published(null)))).isEmpty();
    }
}
