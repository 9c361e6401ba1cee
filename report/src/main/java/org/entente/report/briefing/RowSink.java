package org.entente.report.briefing;

import java.io.IOException;

/** Takes rows one at a time, so that a caller can hand over a table without holding it. */
@FunctionalInterface
public interface RowSink<T> {
    void accept(T row) throws IOException;
}
