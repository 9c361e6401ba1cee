package org.entente.bench;

import java.time.YearMonth;

/**
 * An event the generator put into an article, as the analysis should find it: one row of
 * expected-events.csv. Participants are empty for shared positions, as in the gold files, since
 * what is scored there is the direction.
 */
record ExpectedEvent(String article, String type, String status, YearMonth month, String participantsA,
                     String participantsB, String direction) {

    static final String HEADER = "article,type,status,month,participants_a,participants_b,direction";

    String csvRow() {
        return String.join(",", article, type, status, month.toString(), participantsA, participantsB, direction);
    }
}
