package org.entente.analyze.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldEvaluationCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return GoldEvaluation.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void unknownOptionExitsTwoAndShowsWhatIsAllowed() {
        assertThat(run("--artciles", "x")).isEqualTo(2);
        assertThat(errText()).contains("unknown option --artciles").contains("--articles DIR").contains("--dyad");
    }

    @Test
    void missingGoldFileOptionExitsTwo() throws Exception {
        assertThat(run("--articles", GoldDataTest.gold("samples").toString())).isEqualTo(2);
        assertThat(errText()).contains("--articles and --gold are both required");
    }

    @Test
    void optionWithoutValueExitsTwo() {
        assertThat(run("--gold")).isEqualTo(2);
        assertThat(errText()).contains("--gold needs a value");
    }

    @Test
    void missingFolderExitsTwo(@TempDir Path dir) throws Exception {
        assertThat(run("--articles", dir.resolve("nope").toString(), "--gold", GoldDataTest.gold("samples.csv").toString()))
                .isEqualTo(2);
        assertThat(errText()).contains("is not an existing folder");
    }

    @Test
    void malformedDyadExitsTwo() throws Exception {
        assertThat(run("--articles", GoldDataTest.gold("samples").toString(),
                "--gold", GoldDataTest.gold("samples.csv").toString(), "--dyad", "CHINA")).isEqualTo(2);
        assertThat(errText()).contains("CHN,RUS");
    }

    @Test
    void malformedGoldFileExitsTwoNamingTheLine(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, String.join(",", GoldCsv.COLUMNS) + "\nx,visit,occurred,2023-01,,,,yes,\n");

        assertThat(run("--articles", GoldDataTest.gold("samples").toString(), "--gold", csv.toString())).isEqualTo(2);
        assertThat(errText()).contains("line 2");
    }

    @Test
    void goodArgumentsPrintTheTable() throws Exception {
        assertThat(run("--articles", GoldDataTest.gold("samples").toString(),
                "--gold", GoldDataTest.gold("samples.csv").toString(), "--dyad", "chn,rus")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("5 articles").contains("occurred").contains("planned");
    }
}
