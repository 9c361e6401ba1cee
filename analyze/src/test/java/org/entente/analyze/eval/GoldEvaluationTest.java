package org.entente.analyze.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.entente.analyze.AnalysisOptions;
import org.entente.analyze.EventType;
import org.junit.jupiter.api.Test;

/**
 * The analysis against the two gold sets, with the project's targets. The tables are printed so
 * that a failing run shows which events were missed or invented, not just a number.
 */
class GoldEvaluationTest {

    @Test
    void samplesReachTheTargets() throws Exception {
        EvaluationReport report = GoldEvaluation.evaluate(GoldDataTest.gold("samples"),
                GoldDataTest.gold("samples.csv"), AnalysisOptions.defaults());
        System.out.println("== gold/samples ==");
        System.out.println(report.format());

        assertThat(report.articles()).isEqualTo(5);
        assertThat(report.score(EventType.CONTACT).f1()).as("contacts F1").isEqualTo(1.0);
        assertThat(report.score(EventType.MEETING).f1()).as("meetings F1").isEqualTo(1.0);
        assertThat(report.occurred().f1()).as("overall occurred F1").isGreaterThanOrEqualTo(0.95);
        // the sample articles are the user's reference: rules for real news must not cost any of their events
        assertThat(report.occurred().f1()).as("overall occurred F1, as reached so far").isEqualTo(1.0);
        assertThat(report.planned().f1()).as("planned F1").isEqualTo(1.0);
    }

    @Test
    void ownSetReachesTheTarget() throws Exception {
        EvaluationReport report = GoldEvaluation.evaluate(GoldDataTest.gold("own"),
                GoldDataTest.gold("own.csv"), AnalysisOptions.defaults());
        System.out.println("== gold/own ==");
        System.out.println(report.format());

        assertThat(report.problems()).isEmpty();
        assertThat(report.occurred().f1()).as("overall occurred F1").isGreaterThanOrEqualTo(0.90);
        // reached and kept since the first landing: a rule for real news that costs one of these events is a regression
        assertThat(report.occurred().f1()).as("overall occurred F1, as reached so far").isEqualTo(1.0);
        assertThat(report.planned().f1()).as("planned F1").isEqualTo(1.0);
    }

    @Test
    void writtenSetStaysAtItsLevel() throws Exception {
        EvaluationReport report = GoldEvaluation.evaluate(GoldDataTest.gold("written"),
                GoldDataTest.gold("written.csv"), AnalysisOptions.defaults());
        System.out.println("== gold/written ==");
        System.out.println(report.format());

        assertThat(report.problems()).isEmpty();
        // 90 short wire items written blind from the codebook in the third sitting; rules were then written for its
        // misses, so this guards against regressions rather than measuring accuracy
        assertThat(report.occurred().f1()).as("overall occurred F1").isGreaterThanOrEqualTo(0.93);
        assertThat(report.planned().f1()).as("planned F1").isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void longWrittenSetStaysAtItsLevel() throws Exception {
        EvaluationReport report = GoldEvaluation.evaluate(GoldDataTest.gold("written-long"),
                GoldDataTest.gold("written-long.csv"), AnalysisOptions.defaults());
        System.out.println("== gold/written-long ==");
        System.out.println(report.format());

        assertThat(report.problems()).isEmpty();
        // 50 long, noisy pages written blind; half were tuned on, half (the even numbers) kept out: see gold/README.md
        assertThat(report.occurred().f1()).as("overall occurred F1").isGreaterThanOrEqualTo(0.82);
    }
}
