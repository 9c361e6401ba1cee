package org.entente.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpectedEventsCheckTest {

    @TempDir
    Path temp;

    @Test
    void countsCompatibleParticipantsAsFoundAndOtherMonthsOrDirectionsAsMissed() throws IOException {
        Path expected = temp.resolve("expected.csv");
        Files.writeString(expected, String.join("\n",
            "article,type,status,month,participants_a,participants_b,direction",
            "a1,meeting,occurred,2023-05,Wang Yi,Sergueï Lavrov;Nikolai Patrushev,",
            "a1,shared_position,occurred,2023-05,,,joint",
            "a2,contact,planned,2023-06,Xi Jinping,Vladimir Poutine,",
            "a3,meeting,occurred,2024-01,Li Qiang,Mikhaïl Michoustine,", ""));
        Path mentions = temp.resolve("mentions.csv");
        Files.writeString(mentions, String.join("\n",
            "article,sentence,type,status,date,date_precision,month,participants_a,participants_b,direction,event_id,text",
            "a1,3,meeting,occurred,2023-05,month,2023-05,Wang Yi,Sergueï Lavrov,,E1,\"Wang Yi a rencontré Lavrov, puis Patrushev.\"",
            "a1,4,shared_position,occurred,2023-05,month,2023-05,,,a_to_b,E2,text",
            "a2,2,contact,planned,2023-07,month,2023-07,Xi Jinping,Vladimir Poutine,,E3,text",
            "a3,5,meeting,occurred,2024-01,month,2024-01,,Mikhaïl Michoustine,,E4,text", ""));

        ExpectedEventsCheck.Result result = ExpectedEventsCheck.check(expected, mentions);

        assertThat(result.expected()).isEqualTo(4);
        assertThat(result.found()).isEqualTo(2);
        assertThat(result.mentions()).isEqualTo(4);
        assertThat(result.matching()).isEqualTo(2);
        assertThat(result.missed()).containsEntry("shared_position/occurred", 1).containsEntry("contact/planned", 1);
        assertThat(result.unexpected()).containsEntry("shared_position/occurred", 1).containsEntry("contact/planned", 1);
    }
}
