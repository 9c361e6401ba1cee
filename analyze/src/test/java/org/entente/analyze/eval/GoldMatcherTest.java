package org.entente.analyze.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.analyze.eval.Fixtures.event;
import static org.entente.analyze.eval.Fixtures.meeting;
import static org.entente.analyze.eval.Fixtures.meetingRow;
import static org.entente.analyze.eval.Fixtures.row;

import java.util.List;
import org.entente.analyze.Direction;
import org.entente.analyze.Event;
import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;
import org.junit.jupiter.api.Test;

class GoldMatcherTest {

    @Test
    void eventEqualOnEveryFieldMatchesItsRow() {
        ArticleMatch m = GoldMatcher.match(List.of(meetingRow("2023-09", "Wang Yi", "Sergueï Lavrov")),
                List.of(meeting("2023-09-18", "Wang Yi", "Sergueï Lavrov")));

        assertThat(m.matches()).hasSize(1);
        assertThat(m.unmatchedEvents()).isEmpty();
        assertThat(m.falseNegatives()).isEmpty();
    }

    @Test
    void differentTypeDoesNotMatch() {
        GoldRow gold = meetingRow("2023-09", "Wang Yi", "Sergueï Lavrov");
        Event contact = event(EventType.CONTACT, EventStatus.OCCURRED, "2023-09", "Wang Yi", "Sergueï Lavrov", null);

        assertThat(GoldMatcher.matches(gold, contact)).isFalse();
    }

    @Test
    void differentStatusDoesNotMatch() {
        GoldRow gold = meetingRow("2023-10", "Xi Jinping", "Vladimir Poutine");
        Event planned = event(EventType.MEETING, EventStatus.PLANNED, "2023-10", "Xi Jinping", "Vladimir Poutine", null);

        assertThat(GoldMatcher.matches(gold, planned)).isFalse();
    }

    @Test
    void differentMonthDoesNotMatch() {
        GoldRow gold = meetingRow("2024-05", "Xi Jinping", "Vladimir Poutine");

        assertThat(GoldMatcher.matches(gold, meeting("2024-06-03", "Xi Jinping", "Vladimir Poutine"))).isFalse();
    }

    @Test
    void dayOrMonthPrecisionEventsMatchTheirMonth() {
        GoldRow gold = meetingRow("2024-05", "Xi Jinping", "Vladimir Poutine");

        assertThat(GoldMatcher.matches(gold, meeting("2024-05-16", "Xi Jinping", "Vladimir Poutine"))).isTrue();
        assertThat(GoldMatcher.matches(gold, meeting("2024-05", "Xi Jinping", "Vladimir Poutine"))).isTrue();
    }

    @Test
    void yearRowMatchesOnlyAYearPrecisionEvent() {
        GoldRow gold = meetingRow("2022", "Xi Jinping", "Vladimir Poutine");

        assertThat(GoldMatcher.matches(gold, meeting("2022", "Xi Jinping", "Vladimir Poutine"))).isTrue();
        assertThat(GoldMatcher.matches(gold, meeting("2022-02", "Xi Jinping", "Vladimir Poutine"))).isFalse();
    }

    @Test
    void undatedRowMatchesOnlyAnUndatedEvent() {
        GoldRow gold = meetingRow("", "Wang Yi", "Sergueï Lavrov");

        assertThat(GoldMatcher.matches(gold, meeting("", "Wang Yi", "Sergueï Lavrov"))).isTrue();
        assertThat(GoldMatcher.matches(gold, meeting("2023-09", "Wang Yi", "Sergueï Lavrov"))).isFalse();
    }

    @Test
    void differentDirectionDoesNotMatch() {
        GoldRow gold = row(EventType.SHARED_POSITION, EventStatus.OCCURRED, "2022-06", "", "", Direction.A_TO_B, true);
        Event joint = event(EventType.SHARED_POSITION, EventStatus.OCCURRED, "2022-06", "", "", Direction.JOINT);

        assertThat(GoldMatcher.matches(gold, joint)).isFalse();
    }

    @Test
    void emptyGoldSideAcceptsAnyPredictedPersons() {
        GoldRow gold = row(EventType.CONTACT, EventStatus.OCCURRED, "2022-10", "", "Sergueï Choïgou", null, true);
        Event call = event(EventType.CONTACT, EventStatus.OCCURRED, "2022-10", "Wei Fenghe", "Sergueï Choïgou", null);

        assertThat(GoldMatcher.matches(gold, call)).isTrue();
    }

    @Test
    void predictedSubsetOfGoldPersonsMatches() {
        GoldRow gold = meetingRow("2023-06", "Qin Gang;Ma Zhaoxu", "Andrey Rudenko");

        assertThat(GoldMatcher.matches(gold, meeting("2023-06", "Qin Gang", "Andrey Rudenko"))).isTrue();
    }

    @Test
    void predictedSupersetOfGoldPersonsMatches() {
        GoldRow gold = meetingRow("2023-06", "Qin Gang", "Andrey Rudenko");

        assertThat(GoldMatcher.matches(gold, meeting("2023-06", "Ma Zhaoxu;Qin Gang", "Andrey Rudenko"))).isTrue();
    }

    @Test
    void predictedSideNamingNobodyIsASubsetOfAnyGoldSide() {
        GoldRow gold = meetingRow("2023-09", "Wang Yi", "Sergueï Lavrov");

        assertThat(GoldMatcher.matches(gold, meeting("2023-09", "Wang Yi", ""))).isTrue();
    }

    @Test
    void differentPersonsOnASideDoNotMatch() {
        GoldRow gold = meetingRow("2023-09", "Wang Yi", "Sergueï Lavrov");

        assertThat(GoldMatcher.matches(gold, meeting("2023-09", "Wang Yi", "Nikolai Patrushev"))).isFalse();
    }

    @Test
    void overlappingButNeitherContainedPersonsDoNotMatch() {
        GoldRow gold = meetingRow("2023-06", "Qin Gang;Ma Zhaoxu", "Andrey Rudenko");

        assertThat(GoldMatcher.matches(gold, meeting("2023-06", "Qin Gang;Wang Yi", "Andrey Rudenko"))).isFalse();
    }

    @Test
    void oneEventMatchesOneRowOnly() {
        ArticleMatch m = GoldMatcher.match(List.of(meetingRow("2024-05", "Xi Jinping", "Vladimir Poutine")),
                List.of(meeting("2024-05-16", "Xi Jinping", "Vladimir Putin"),
                        meeting("2024-05", "Xi Jinping", "Vladimir Putin")));

        assertThat(m.matches()).singleElement().satisfies(x -> assertThat(x.events()).hasSize(1));
        assertThat(m.unmatchedEvents()).hasSize(1);
    }

    @Test
    void oneRowTakesOneEventEvenWhenTwoRowsAreAlike() {
        GoldRow first = meetingRow("2024-05", "Xi Jinping", "Vladimir Poutine");
        GoldRow second = meetingRow("2024-05", "Xi Jinping", "Vladimir Poutine");

        ArticleMatch m = GoldMatcher.match(List.of(first, second), List.of(meeting("2024-05", "Xi Jinping", "Vladimir Poutine")));

        assertThat(m.matches()).hasSize(1);
        assertThat(m.falseNegatives()).hasSize(1);
    }

    @Test
    void matchingIsMaximalRatherThanGreedy() {
        // The first row could take either event; a greedy pass would take the only one the second row fits.
        GoldRow open = meetingRow("2023-09", "Wang Yi", "");
        GoldRow narrow = meetingRow("2023-09", "Wang Yi", "Nikolai Patrushev");
        Event patrushev = meeting("2023-09", "Wang Yi", "Nikolai Patrushev");
        Event lavrov = meeting("2023-09", "Wang Yi", "Sergueï Lavrov");

        ArticleMatch m = GoldMatcher.match(List.of(open, narrow), List.of(patrushev, lavrov));

        assertThat(m.matches()).hasSize(2);
        assertThat(m.unmatchedEvents()).isEmpty();
    }

    @Test
    void rowNamingSeveralPersonsAbsorbsEventsNamingDifferentOnes() {
        GoldRow gold = meetingRow("2023-02", "Wang Yi", "Sergueï Lavrov;Nikolai Patrushev");

        ArticleMatch m = GoldMatcher.match(List.of(gold), List.of(meeting("2023-02-21", "Wang Yi", "Nikolai Patrushev"),
                meeting("2023-02-22", "Wang Yi", "Sergey Lavrov")));

        assertThat(m.matches()).singleElement().satisfies(x -> assertThat(x.events()).hasSize(2));
        assertThat(m.unmatchedEvents()).isEmpty();
    }

    @Test
    void rowAbsorbsNoSecondEventForAPersonAlreadyCovered() {
        GoldRow gold = meetingRow("2023-02", "Wang Yi", "Sergueï Lavrov;Nikolai Patrushev");

        ArticleMatch m = GoldMatcher.match(List.of(gold), List.of(meeting("2023-02", "Wang Yi", "Sergueï Lavrov"),
                meeting("2023-02-22", "Wang Yi", "Sergueï Lavrov")));

        assertThat(m.unmatchedEvents()).hasSize(1);
    }

    @Test
    void rowMatchedByAnEventNamingAllItsPersonsAbsorbsNothing() {
        GoldRow gold = meetingRow("2023-02", "Wang Yi", "Sergueï Lavrov;Nikolai Patrushev");

        ArticleMatch m = GoldMatcher.match(List.of(gold), List.of(
                meeting("2023-02", "Wang Yi", "Nikolai Patrushev;Sergueï Lavrov"),
                meeting("2023-02", "Wang Yi", "Nikolai Patrushev")));

        assertThat(m.unmatchedEvents()).hasSize(1);
    }

    @Test
    void rowNamingOnePersonPerSideAbsorbsNothing() {
        GoldRow gold = meetingRow("2023-02", "Wang Yi", "Sergueï Lavrov");

        ArticleMatch m = GoldMatcher.match(List.of(gold), List.of(meeting("2023-02", "Wang Yi", "Sergueï Lavrov"),
                meeting("2023-02", "Wang Yi", "")));

        assertThat(m.unmatchedEvents()).hasSize(1);
    }

    @Test
    void unmatchedOptionalRowIsNoFalseNegative() {
        GoldRow optional = row(EventType.MEETING, EventStatus.OCCURRED, "2022", "Xi Jinping", "Vladimir Poutine", null, false);

        ArticleMatch m = GoldMatcher.match(List.of(optional), List.of());

        assertThat(m.unmatchedRows()).containsExactly(optional);
        assertThat(m.falseNegatives()).isEmpty();
    }

    @Test
    void matchedOptionalRowIsATruePositive() {
        GoldRow optional = row(EventType.MEETING, EventStatus.OCCURRED, "2022", "Xi Jinping", "Vladimir Poutine", null, false);

        ArticleMatch m = GoldMatcher.match(List.of(optional), List.of(meeting("2022", "Xi Jinping", "Vladimir Poutine")));

        assertThat(m.matches()).singleElement().satisfies(x -> assertThat(x.row()).isSameAs(optional));
        assertThat(m.unmatchedEvents()).isEmpty();
    }

    @Test
    void requiredRowGetsTheEventBeforeAnOptionalRowListedEarlier() {
        GoldRow optional = row(EventType.MEETING, EventStatus.OCCURRED, "2024-05", "", "Vladimir Poutine", null, false);
        GoldRow required = meetingRow("2024-05", "Xi Jinping", "Vladimir Poutine");

        ArticleMatch m = GoldMatcher.match(List.of(optional, required),
                List.of(meeting("2024-05", "Xi Jinping", "Vladimir Poutine")));

        assertThat(m.matches()).singleElement().satisfies(x -> assertThat(x.row()).isSameAs(required));
        assertThat(m.falseNegatives()).isEmpty();
    }

    @Test
    void unmatchedRequiredRowIsAFalseNegativeAndUnmatchedEventAFalsePositive() {
        GoldRow gold = meetingRow("2023-09", "Wang Yi", "Sergueï Lavrov");
        Event other = meeting("2023-09", "Wang Yi", "Nikolai Patrushev");

        ArticleMatch m = GoldMatcher.match(List.of(gold), List.of(other));

        assertThat(m.falseNegatives()).containsExactly(gold);
        assertThat(m.unmatchedEvents()).containsExactly(other);
    }
}
