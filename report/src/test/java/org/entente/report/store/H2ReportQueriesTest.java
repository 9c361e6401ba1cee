package org.entente.report.store;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same comparisons on H2, the store before SQLite and still an option, whose SQL reserves more words. */
class H2ReportQueriesTest extends ReportQueriesTest {

    @DynamicPropertySource
    static void h2(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + STORE.resolve("h2").resolve("entente"));
    }
}
