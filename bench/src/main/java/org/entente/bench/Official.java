package org.entente.bench;

import java.time.YearMonth;

/**
 * A person of one side as the generator writes them: the canonical name the analysis should
 * report, the ways an article names them (an office and name, or a spelling variant), and the
 * months in which that office was theirs, so that a generated article never gives a minister a
 * title he did not hold at the time.
 *
 * @param canonical the name expected in participants_a / participants_b
 * @param side      CHN or RUS
 * @param forms     how a sentence names the person on first mention (lower-case start)
 * @param from      first month of the office (inclusive)
 * @param to        last month of the office (inclusive)
 */
record Official(String canonical, String side, String[] forms, YearMonth from, YearMonth to) {

    boolean inOffice(YearMonth month) {
        return !month.isBefore(from) && !month.isAfter(to);
    }
}
