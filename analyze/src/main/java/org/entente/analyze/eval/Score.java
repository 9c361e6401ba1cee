package org.entente.analyze.eval;

/**
 * Counts and figures of one category. Precision counts predicted events (an event absorbed by a row
 * is a correct prediction), recall counts gold rows; an empty side scores 1.0 because nothing was
 * there to miss or to get wrong.
 *
 * @param goldFound      gold rows matched (required or not)
 * @param goldMissed     required gold rows not matched
 * @param predictedRight predicted events matched or absorbed
 * @param predictedWrong predicted events not matched: false positives
 */
public record Score(int goldFound, int goldMissed, int predictedRight, int predictedWrong) {

    public static final Score ZERO = new Score(0, 0, 0, 0);

    public Score plus(Score other) {
        return new Score(goldFound + other.goldFound, goldMissed + other.goldMissed,
                predictedRight + other.predictedRight, predictedWrong + other.predictedWrong);
    }

    public double precision() {
        int predicted = predictedRight + predictedWrong;
        return predicted == 0 ? 1.0 : (double) predictedRight / predicted;
    }

    public double recall() {
        int gold = goldFound + goldMissed;
        return gold == 0 ? 1.0 : (double) goldFound / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
