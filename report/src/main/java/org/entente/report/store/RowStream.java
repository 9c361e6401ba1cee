package org.entente.report.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.entente.report.briefing.RowSink;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;

/**
 * Hands query rows to a sink one at a time. The driver fetches a few hundred rows per round trip
 * (PostgreSQL then keeps a cursor open rather than loading the whole result), and no list is built.
 */
final class RowStream {

    static final int FETCH_SIZE = 500;

    private final JdbcTemplate jdbc;

    RowStream(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
    }

    <T> void forEach(String sql, RowMapper<T> mapper, RowSink<T> sink, Object... args) throws IOException {
        try {
            jdbc.query(sql, (RowCallbackHandler) rs -> {
                try {
                    sink.accept(mapper.mapRow(rs, 0));
                } catch (IOException e) {
                    // RowCallbackHandler may only throw SQLException: carry the write failure out unchanged
                    throw new UncheckedIOException(e);
                }
            }, args);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
