package org.entente.report.corrections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.analyze.Dyad;
import org.entente.analyze.Event;
import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;
import org.entente.ingest.PartialDate;
import org.junit.jupiter.api.Test;

class CorrectionsApplierTest {

    static final Event CALL = new Event("E1111111111", EventType.MEETING, EventStatus.OCCURRED, PartialDate.parse("2023-06"),
        "CHN", "RUS", List.of("Wang Yi"), List.of("Sergueï Lavrov"), null, "", List.of(),
        "Wang Yi s'est entretenu avec Sergueï Lavrov.");

    private static Correction line(Correction.Action action, String id, EventType type, PartialDate date, String comment) {
        return new Correction(2, action, id, type, null, date, null, null, null, action == Correction.Action.ADD ? "Une phrase." : null, comment);
    }

    @Test
    void aDroppedEventStaysListedAndSaysWhy() {
        List<Event> result = CorrectionsApplier.apply(List.of(CALL),
            List.of(line(Correction.Action.DROP, CALL.id(), null, null, "counted twice")), Dyad.CHINA_RUSSIA);

        assertThat(result).singleElement().satisfies(e -> {
            assertThat(e.isDropped()).isTrue();
            assertThat(e.correction()).isEqualTo("dropped: counted twice");
        });
    }

    @Test
    void aChangeOfTypeAndMonthKeepsTheIdAndNamesWhatChanged() {
        List<Event> result = CorrectionsApplier.apply(List.of(CALL),
            List.of(line(Correction.Action.CHANGE, CALL.id(), EventType.CONTACT, PartialDate.parse("2023-07"), "a phone call")),
            Dyad.CHINA_RUSSIA);

        assertThat(result).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(CALL.id());
            assertThat(e.type()).isEqualTo(EventType.CONTACT);
            assertThat(e.date()).isEqualTo(PartialDate.parse("2023-07"));
            assertThat(e.correction()).isEqualTo("changed type meeting -> contact, date 2023-06 -> 2023-07: a phone call");
            assertThat(e.isDropped()).isFalse();
        });
    }

    @Test
    void anAddedEventGetsAStableIdFromItsContent() {
        Correction add = line(Correction.Action.ADD, null, EventType.MEETING, PartialDate.parse("2023-11-08"), "missed");

        Event first = CorrectionsApplier.apply(List.of(), List.of(add), Dyad.CHINA_RUSSIA).get(0);
        Event again = CorrectionsApplier.apply(List.of(CALL), List.of(add), Dyad.CHINA_RUSSIA).stream()
            .filter(e -> !e.id().equals(CALL.id())).findFirst().orElseThrow();

        assertThat(first.id()).startsWith("A").isEqualTo(again.id());
        assertThat(first.correction()).isEqualTo("added: missed");
        assertThat(first.status()).isEqualTo(EventStatus.OCCURRED);
    }

    @Test
    void aCorrectionOfAnUnknownEventChangesNothing() {
        List<Event> result = CorrectionsApplier.apply(List.of(CALL),
            List.of(line(Correction.Action.DROP, "E0000000000", null, null, "gone")), Dyad.CHINA_RUSSIA);

        assertThat(result).containsExactly(CALL);
    }
}
