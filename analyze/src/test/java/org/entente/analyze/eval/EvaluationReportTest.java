package org.entente.analyze.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.analyze.eval.Fixtures.event;
import static org.entente.analyze.eval.Fixtures.meeting;
import static org.entente.analyze.eval.Fixtures.meetingRow;
import static org.entente.analyze.eval.Fixtures.row;

import java.util.List;
import java.util.Map;
import org.entente.analyze.Direction;
import org.entente.analyze.Event;
import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;
import org.junit.jupiter.api.Test;

class EvaluationReportTest {

    @Test
    void plannedEventsAreScoredApartFromOccurredOnes() {
        GoldRow planned = row(EventType.MEETING, EventStatus.PLANNED, "2023-10", "Xi Jinping", "Vladimir Poutine", null, true);
        ArticleMatch m = GoldMatcher.match(List.of(planned), List.of());

        EvaluationReport report = EvaluationReport.of(Map.of("a", m), List.of());

        assertThat(report.planned().goldMissed()).isEqualTo(1);
        assertThat(report.occurred()).isEqualTo(Score.ZERO);
        assertThat(report.score(EventType.MEETING)).isEqualTo(Score.ZERO);
    }

    @Test
    void occurredEventsCountInTheirTypeAndOverall() {
        GoldRow contact = row(EventType.CONTACT, EventStatus.OCCURRED, "2022-10", "Wang Yi", "Sergueï Lavrov", null, true);
        Event call = event(EventType.CONTACT, EventStatus.OCCURRED, "2022-10-27", "Wang Yi", "Sergei Lavrov", null);
        Event stray = event(EventType.SHARED_POSITION, EventStatus.OCCURRED, "2022-10", "", "", Direction.B_TO_A);

        EvaluationReport report = EvaluationReport.of(Map.of("a", GoldMatcher.match(List.of(contact), List.of(call, stray))), List.of());

        assertThat(report.score(EventType.CONTACT)).isEqualTo(new Score(1, 0, 1, 0));
        assertThat(report.score(EventType.SHARED_POSITION)).isEqualTo(new Score(0, 0, 0, 1));
        assertThat(report.occurred()).isEqualTo(new Score(1, 0, 1, 1));
    }

    @Test
    void absorbedEventsAreCorrectPredictionsOfOneRow() {
        GoldRow gold = meetingRow("2023-02", "Wang Yi", "Sergueï Lavrov;Nikolai Patrushev");
        ArticleMatch m = GoldMatcher.match(List.of(gold), List.of(meeting("2023-02", "Wang Yi", "Sergueï Lavrov"),
                meeting("2023-02", "Wang Yi", "Nikolai Patrushev")));

        EvaluationReport report = EvaluationReport.of(Map.of("a", m), List.of());

        assertThat(report.score(EventType.MEETING)).isEqualTo(new Score(1, 0, 2, 0));
        assertThat(report.score(EventType.MEETING).f1()).isEqualTo(1.0);
    }

    @Test
    void errorsAreListedWithEvidenceAndNote() {
        GoldRow gold = meetingRow("2023-09", "Wang Yi", "Sergueï Lavrov");
        Event wrong = meeting("2023-08", "Wang Yi", "Sergueï Lavrov");

        EvaluationReport report = EvaluationReport.of(Map.of("art", GoldMatcher.match(List.of(gold), List.of(wrong))), List.of());

        assertThat(report.falsePositives()).singleElement()
                .satisfies(fp -> assertThat(fp.evidence()).isEqualTo(wrong.evidence()));
        assertThat(report.falseNegatives()).singleElement()
                .satisfies(fn -> assertThat(fn.note()).isEqualTo("note"));
        assertThat(report.format())
                .contains("meeting occurred 2023-08 [Wang Yi | Sergueï Lavrov]")
                .contains("evidence: " + wrong.evidence())
                .contains("false negatives (1)");
    }

    @Test
    void formattedTableHasOneLinePerCategory() {
        EvaluationReport report = EvaluationReport.of(Map.of(), List.of("x.txt was rejected: empty file"));

        assertThat(report.format().lines())
                .anyMatch(l -> l.startsWith("contact "))
                .anyMatch(l -> l.startsWith("meeting "))
                .anyMatch(l -> l.startsWith("shared_position "))
                .anyMatch(l -> l.startsWith("occurred "))
                .anyMatch(l -> l.startsWith("planned "))
                .anyMatch(l -> l.contains("x.txt was rejected"));
    }
}
