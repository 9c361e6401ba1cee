package org.entente.analyze.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.entente.analyze.Direction;
import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;
import org.junit.jupiter.api.Test;

class GoldCsvTest {

    private static final String HEADER = "article,type,status,month,participants_a,participants_b,direction,required,note\n";

    private static List<GoldRow> parse(String body) throws IOException {
        return GoldCsv.read(new StringReader(HEADER + body), "test.csv");
    }

    @Test
    void readsEveryColumn() throws IOException {
        List<GoldRow> rows = parse("a1,meeting,occurred,2023-02,Wang Yi,Sergueï Lavrov;Nikolai Patrushev,,no,\"one mention, two persons\"\n");

        GoldRow row = rows.get(0);
        assertThat(row.article()).isEqualTo("a1");
        assertThat(row.type()).isEqualTo(EventType.MEETING);
        assertThat(row.status()).isEqualTo(EventStatus.OCCURRED);
        assertThat(row.month()).isEqualTo("2023-02");
        assertThat(row.participantsA()).containsExactly("Wang Yi");
        assertThat(row.participantsB()).containsExactly("Sergueï Lavrov", "Nikolai Patrushev");
        assertThat(row.direction()).isNull();
        assertThat(row.required()).isFalse();
        assertThat(row.note()).isEqualTo("one mention, two persons");
    }

    @Test
    void readsYearAndUndatedMonthsAndDirections() throws IOException {
        List<GoldRow> rows = parse("a,meeting,occurred,2022,,,,yes,\nb,shared_position,occurred,,,,b_to_a,yes,\n");

        assertThat(rows).extracting(GoldRow::month).containsExactly("2022", "");
        assertThat(rows.get(1).direction()).isEqualTo(Direction.B_TO_A);
    }

    @Test
    void unknownTypeIsRejectedWithItsLine() {
        assertThatThrownBy(() -> parse("a,meeting,occurred,2023-01,,,,yes,\nb,visit,occurred,2023-01,,,,yes,\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test.csv line 3")
                .hasMessageContaining("type 'visit' is not one of contact, meeting, shared_position");
    }

    @Test
    void malformedMonthIsRejected() {
        assertThatThrownBy(() -> parse("a,meeting,occurred,2023-13,,,,yes,\n"))
                .hasMessageContaining("month '2023-13'");
    }

    @Test
    void directionOnAMeetingIsRejected() {
        assertThatThrownBy(() -> parse("a,meeting,occurred,2023-01,,,joint,yes,\n"))
                .hasMessageContaining("direction");
    }

    @Test
    void missingColumnIsNamed() {
        assertThatThrownBy(() -> GoldCsv.read(new StringReader("article,type,status\n"), "x.csv"))
                .hasMessageContaining("month");
    }
}
