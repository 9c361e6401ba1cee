package org.entente.report.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.entente.analyze.Dyad;
import org.entente.report.briefing.CsvFlavour;
import org.entente.report.briefing.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunOptionsTest {

    @TempDir
    Path dir;

    @Test
    void defaultsReadInputAndWriteOutputForTheLatestMonth() throws Exception {
        Path input = Files.createDirectory(dir.resolve("input"));
        RunOptions options = RunOptions.parse("--input=" + input);
        assertThat(options.input()).isEqualTo(input.toAbsolutePath());
        assertThat(options.month()).isEmpty();
        assertThat(options.dyad()).isEqualTo(Dyad.CHINA_RUSSIA);
        assertThat(options.csvFlavour()).isEqualTo(CsvFlavour.RFC4180);
        assertThat(options.language()).isEqualTo(Language.EN);
        assertThat(options.chartWindow()).isEqualTo(24);
        assertThat(options.maxFileBytes()).isEqualTo(5L * 1024 * 1024);
    }

    @Test
    void everyOptionIsRead() {
        RunOptions options = RunOptions.parse("--input=" + dir, "--output=" + dir.resolve("out"), "--month=2023-09",
            "--dyad=fra,deu", "--csv-flavour=excel-fr", "--lang=fr", "--chart-window=12", "--max-file-size=800KB");
        assertThat(options.month()).contains(YearMonth.of(2023, 9));
        assertThat(options.dyad()).isEqualTo(new Dyad("FRA", "DEU"));
        assertThat(options.csvFlavour()).isEqualTo(CsvFlavour.EXCEL_FR);
        assertThat(options.language()).isEqualTo(Language.FR);
        assertThat(options.chartWindow()).isEqualTo(12);
        assertThat(options.maxFileBytes()).isEqualTo(800 * 1024);
    }

    @Test
    void aMonthNotWrittenYearDashMonthSaysHowToWriteIt() {
        assertThatThrownBy(() -> RunOptions.parse("--input=" + dir, "--month=09/2023"))
            .isInstanceOf(OptionException.class).hasMessageContaining("YYYY-MM");
        assertThatThrownBy(() -> RunOptions.parse("--input=" + dir, "--month=2023-13"))
            .isInstanceOf(OptionException.class).hasMessageContaining("YYYY-MM");
    }

    @Test
    void aMissingInputFolderIsNamed() {
        assertThatThrownBy(() -> RunOptions.parse("--input=" + dir.resolve("nowhere")))
            .isInstanceOf(OptionException.class).hasMessageContaining("no such folder");
    }

    @Test
    void anUnknownOptionListsTheAllowedOnes() {
        assertThatThrownBy(() -> RunOptions.parse("--input=" + dir, "--mnth=2023-09"))
            .isInstanceOf(OptionException.class).hasMessageContaining("unknown option --mnth").hasMessageContaining("--month");
    }

    @Test
    void anUnknownOptionIsAnsweredWithEveryOptionTheHelpDocuments() {
        List<String> inHelp = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s+(--[a-z][a-z.*-]*)").matcher(OptionHelp.text());
        while (m.find()) {
            inHelp.add(m.group(1));
        }
        assertThat(inHelp).contains("--schedule", "--rerun", "--rebuild", "--entente.article-budget-seconds",
            "--entente.lock-wait-ms", "--spring.*", "--help");

        for (String bogus : List.of("--bogus=1", "--bogus")) {
            assertThatThrownBy(() -> RunOptions.parse("--input=" + dir, bogus))
                .isInstanceOf(OptionException.class)
                .hasMessageStartingWith("unknown option --bogus; allowed: --input, --output")
                .satisfies(e -> assertThat(e.getMessage().split("; allowed: ")[1].split(", ")).containsAll(inHelp));
        }
    }

    @Test
    void everyValueOptionTheParserTakesIsDocumented() {
        assertThat(OptionHelp.documented()).containsAll(OptionHelp.NAMES.stream().map(n -> "--" + n).toList());
    }

    @Test
    void aValueOptionWithoutItsValueSaysHowToWriteIt() {
        assertThatThrownBy(() -> RunOptions.parse("--input=" + dir, "--month"))
            .isInstanceOf(OptionException.class).hasMessageContaining("--month needs a value: write it --month=value");
    }

    @Test
    void aBadFlavourLanguageOrWindowSaysWhatIsAllowed() {
        assertThatThrownBy(() -> RunOptions.parse("--input=" + dir, "--csv-flavour=excel"))
            .isInstanceOf(OptionException.class).hasMessageContaining("excel-fr");
        assertThatThrownBy(() -> RunOptions.parse("--input=" + dir, "--lang=de"))
            .isInstanceOf(OptionException.class).hasMessageContaining("en");
        assertThatThrownBy(() -> RunOptions.parse("--input=" + dir, "--chart-window=0"))
            .isInstanceOf(OptionException.class).hasMessageContaining("1 to 120");
    }

    @Test
    void aDyadOfOneCountrySaysHowToWriteIt() {
        assertThatThrownBy(() -> RunOptions.parse("--input=" + dir, "--dyad=CHN"))
            .isInstanceOf(OptionException.class).hasMessageContaining("CHN,RUS");
    }

    @Test
    void springPropertiesPassThrough() {
        RunOptions options = RunOptions.parse("--input=" + dir, "--spring.datasource.url=jdbc:postgresql://localhost/entente");
        assertThat(options.springArguments()).containsExactly("--spring.datasource.url=jdbc:postgresql://localhost/entente");
    }

    @Test
    void helpIsRecognisedWithoutOtherOptions() {
        assertThat(RunOptions.parse("--input=" + dir, "--help").help()).isTrue();
        assertThat(OptionHelp.text()).contains("--input=DIR", "--month=YYYY-MM", "--output=DIR");
    }

    @Test
    void aPerformanceSettingOutOfItsRangeStopsTheRunSayingWhatIsAllowed() {
        assertThatThrownBy(() -> RunOptions.parse("--input=" + dir, "--entente.ingest-read-ahead=0"))
            .isInstanceOf(OptionException.class)
            .hasMessage("--entente.ingest-read-ahead=0 is out of range; give one from 1 to 100000 (files parsed ahead of the one being stored)");
        assertThatThrownBy(() -> RunOptions.parse("--input=" + dir, "--entente.analysis-threads=two"))
            .isInstanceOf(OptionException.class).hasMessageContaining("is not a whole number").hasMessageContaining("0 means two per core");
    }

    @Test
    void aPerformanceSettingInItsRangeIsPassedToTheJob() {
        RunOptions options = RunOptions.parse("--input=" + dir, "--entente.analysis-threads=1", "--entente.analysis-chunk=50");

        assertThat(options.springArguments()).containsExactly("--entente.analysis-threads=1", "--entente.analysis-chunk=50");
    }

    @Test
    void theBudgetPerArticleIsCheckedLikeTheOtherSettings() {
        assertThatThrownBy(() -> RunOptions.parse("--input=" + dir, "--entente.article-budget-seconds=0"))
            .isInstanceOf(OptionException.class)
            .hasMessage("--entente.article-budget-seconds=0 is out of range; give one from 1 to 3600 (seconds the analysis may spend on one article)");
        assertThat(RunOptions.parse("--input=" + dir, "--entente.article-budget-seconds=3").springArguments())
            .containsExactly("--entente.article-budget-seconds=3");
        assertThatThrownBy(() -> RunOptions.parse("--input=" + dir, "--entente.lock-wait-ms=10"))
            .isInstanceOf(OptionException.class).hasMessageContaining("from 100 to 3600000");
    }

    @Test
    void rebuildIsAFlagOfItsOwn() {
        assertThat(RunOptions.parse("--input=" + dir, "--rebuild").rebuild()).isTrue();
        assertThat(RunOptions.parse("--input=" + dir).rebuild()).isFalse();
    }
}
