package org.entente.report.store;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same comparisons on PostgreSQL, whose SQL and text ordering differ from H2's. */
@EnabledIfEnvironmentVariable(named = "ENTENTE_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+",
    disabledReason = "no PostgreSQL server: run .ci/postgres.sh and set ENTENTE_TEST_POSTGRES_URL to its output to run this test")
class PostgresReportQueriesTest extends ReportQueriesTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> System.getenv("ENTENTE_TEST_POSTGRES_URL"));
        registry.add("spring.datasource.username", () -> "entente");
        registry.add("spring.datasource.password", () -> "entente");
    }
}
