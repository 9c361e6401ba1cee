package org.entente.report.store;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Makes the database sort text the way Java's String.compareTo does, which is the order the exports promise.
 * H2 already compares strings that way; PostgreSQL sorts by the database's locale unless told to compare
 * code points, which the "C" collation does (the same order except above U+FFFF, where no id goes).
 */
@Component
public class TextOrder {

    private final boolean postgres;

    public TextOrder(DataSource dataSource) {
        this.postgres = productName(dataSource).toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }

    /** The column as an ORDER BY or comparison term. */
    String of(String column) {
        return postgres ? column + " collate \"C\"" : column;
    }

    private static String productName(DataSource dataSource) {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot tell which database the store is", e);
        }
    }
}
