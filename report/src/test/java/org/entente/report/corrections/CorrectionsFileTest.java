package org.entente.report.corrections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.analyze.Direction;
import org.entente.analyze.EventType;
import org.entente.ingest.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorrectionsFileTest {

    static final String HEADER = "action,event_id,type,status,date,participants_a,participants_b,direction,evidence,comment\n";

    @TempDir
    Path input;

    private List<Correction> read(String body) throws Exception {
        Files.writeString(input.resolve("corrections.csv"), HEADER + body);
        return CorrectionsFile.read(input);
    }

    @Test
    void aFolderWithoutCorrectionsHasNone() throws Exception {
        assertThat(CorrectionsFile.read(input)).isEmpty();
    }

    @Test
    void dropChangeAndAddAreRead() throws Exception {
        List<Correction> corrections = read("""
            drop,E0123456789,,,,,,,,"the same call as E99, counted twice"
            change,Eabcdef0123,contact,,2023-07,,,,,"it was a video call, in July"
            add,,shared_position,occurred,2023-11-08,Wang Yi,Sergueï Lavrov,joint,"Les deux ministres ont affirmé leur soutien mutuel.",missed by the analysis
            """);

        assertThat(corrections).extracting(Correction::action)
            .containsExactly(Correction.Action.DROP, Correction.Action.CHANGE, Correction.Action.ADD);
        assertThat(corrections.get(1).type()).isEqualTo(EventType.CONTACT);
        assertThat(corrections.get(1).date()).isEqualTo(PartialDate.parse("2023-07"));
        assertThat(corrections.get(2).direction()).isEqualTo(Direction.JOINT);
        assertThat(corrections.get(2).participantsB()).containsExactly("Sergueï Lavrov");
    }

    @Test
    void anUnknownActionIsRejectedWithItsLine() {
        assertThatThrownBy(() -> read("remove,E0123456789,,,,,,,,wrong\n"))
            .hasMessageContaining("line 2").hasMessageContaining("drop, change, add");
    }

    @Test
    void aCorrectionWithoutCommentIsRejected() {
        assertThatThrownBy(() -> read("drop,E0123456789,,,,,,,,\n")).hasMessageContaining("needs a comment");
    }

    @Test
    void aBadDateSaysTheFormsAllowed() {
        assertThatThrownBy(() -> read("change,E0123456789,,,juillet 2023,,,,,late\n"))
            .hasMessageContaining("date 'juillet 2023'").hasMessageContaining("YYYY-MM");
    }

    @Test
    void anAddedEventNeedsTypeDateAndEvidence() {
        assertThatThrownBy(() -> read("add,,meeting,,2023-11,,,,,no evidence given\n"))
            .hasMessageContaining("type, a date and the evidence");
    }

    @Test
    void aMissingColumnIsNamed() throws Exception {
        Files.writeString(input.resolve("corrections.csv"), "action,event_id,comment\ndrop,E1,why\n");
        assertThatThrownBy(() -> CorrectionsFile.read(input)).hasMessageContaining("lacks type");
    }
}
