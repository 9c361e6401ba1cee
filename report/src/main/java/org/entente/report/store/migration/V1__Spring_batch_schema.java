package org.entente.report.store.migration;

import java.sql.Connection;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Creates Spring Batch's job repository tables from the script that ships inside spring-batch-core,
 * so that the schema always matches the library version and one migration tool owns every table.
 */
public class V1__Spring_batch_schema extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        String platform;
        if (product.contains("sqlite")) {
            platform = "sqlite";
        } else if (product.contains("h2")) {
            platform = "h2";
        } else if (product.contains("postgres")) {
            platform = "postgresql";
        } else {
            throw new IllegalStateException("entente creates its tables on SQLite, H2 and PostgreSQL only; this database is "
                + connection.getMetaData().getDatabaseProductName());
        }
        ScriptUtils.executeSqlScript(connection,
            new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql"));
    }
}
