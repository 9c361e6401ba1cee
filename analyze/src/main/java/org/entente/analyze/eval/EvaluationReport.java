package org.entente.analyze.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.analyze.Event;
import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;

/**
 * The scores of an evaluation and the errors behind them: occurred events by type and overall, planned
 * events apart (they are listed, never counted, so they must not lift or sink the headline figure).
 *
 * @param scores         by category: {@code contact}, {@code meeting}, {@code shared_position} (occurred
 *                       events of that type), {@code occurred} (all of them), {@code planned}
 * @param falsePositives predicted events no gold row accounts for
 * @param falseNegatives required gold rows nothing matched
 * @param articles       how many articles were evaluated
 * @param problems       articles the reader rejected, gold rows for articles not in the folder
 */
public record EvaluationReport(Map<String, Score> scores, List<FalsePositive> falsePositives,
                               List<FalseNegative> falseNegatives, int articles, List<String> problems) {

    public static final String OCCURRED = "occurred";
    public static final String PLANNED = "planned";

    public EvaluationReport {
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        falsePositives = List.copyOf(falsePositives);
        falseNegatives = List.copyOf(falseNegatives);
        problems = List.copyOf(problems);
    }

    /** Occurred events of one type. */
    public Score score(EventType type) {
        return scores.get(type.label());
    }

    public Score occurred() {
        return scores.get(OCCURRED);
    }

    public Score planned() {
        return scores.get(PLANNED);
    }

    /** Builds the report from the per-article matches. */
    public static EvaluationReport of(Map<String, ArticleMatch> byArticle, List<String> problems) {
        Map<String, Score> scores = new LinkedHashMap<>();
        for (EventType type : EventType.values()) {
            scores.put(type.label(), Score.ZERO);
        }
        scores.put(OCCURRED, Score.ZERO);
        scores.put(PLANNED, Score.ZERO);
        List<FalsePositive> fps = new ArrayList<>();
        List<FalseNegative> fns = new ArrayList<>();
        byArticle.forEach((article, match) -> {
            for (ArticleMatch.Match m : match.matches()) {
                add(scores, m.row().type(), m.row().status(), new Score(1, 0, m.events().size(), 0));
            }
            for (GoldRow row : match.falseNegatives()) {
                add(scores, row.type(), row.status(), new Score(0, 1, 0, 0));
                fns.add(new FalseNegative(article, row.describe(), row.note()));
            }
            for (Event event : match.unmatchedEvents()) {
                add(scores, event.type(), event.status(), new Score(0, 0, 0, 1));
                fps.add(new FalsePositive(article, describe(event), event.evidence()));
            }
        });
        return new EvaluationReport(scores, fps, fns, byArticle.size(), problems);
    }

    private static void add(Map<String, Score> scores, EventType type, EventStatus status, Score delta) {
        if (status == EventStatus.PLANNED) {
            scores.merge(PLANNED, delta, Score::plus);
        } else {
            scores.merge(type.label(), delta, Score::plus);
            scores.merge(OCCURRED, delta, Score::plus);
        }
    }

    static String describe(Event event) {
        return Describe.event(event.type(), event.status(), GoldMatcher.monthKey(event.date()),
                event.participantsA(), event.participantsB(), event.direction());
    }

    /** A readable table of the scores, then the errors, one per line. */
    public String format() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%d articles%n", articles));
        s.append(String.format(Locale.ROOT, "%-16s %6s %6s %6s %5s %5s %5s%n",
                "category", "P", "R", "F1", "gold", "found", "FP"));
        scores.forEach((name, sc) -> s.append(String.format(Locale.ROOT, "%-16s %6.3f %6.3f %6.3f %5d %5d %5d%n",
                name, sc.precision(), sc.recall(), sc.f1(), sc.goldFound() + sc.goldMissed(), sc.goldFound(),
                sc.predictedWrong())));
        section(s, "false positives", falsePositives.stream()
                .map(fp -> fp.article() + ": " + fp.event() + "\n    evidence: " + fp.evidence()).toList());
        section(s, "false negatives", falseNegatives.stream()
                .map(fn -> fn.article() + ": " + fn.row() + "\n    note: " + fn.note()).toList());
        section(s, "problems", problems);
        return s.toString();
    }

    private static void section(StringBuilder s, String title, List<String> lines) {
        s.append(String.format(Locale.ROOT, "%n%s (%d)%n", title, lines.size()));
        lines.forEach(l -> s.append("  ").append(l).append(System.lineSeparator()));
    }

    /** A predicted event no gold row accounts for, with the sentence the analysis took it from. */
    public record FalsePositive(String article, String event, String evidence) {
    }

    /** A required gold row nothing matched, with the annotator's note. */
    public record FalseNegative(String article, String row, String note) {
    }
}
