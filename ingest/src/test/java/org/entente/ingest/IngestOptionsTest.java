package org.entente.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IngestOptionsTest {

    @Test
    void defaultLimitIsFiveMebibytes() {
        assertThat(IngestOptions.defaults().maxFileBytes()).isEqualTo(5L * 1024 * 1024);
    }

    @Test
    void builderKeepsAPositiveLimit() {
        assertThat(IngestOptions.builder().maxFileBytes(1234).get().maxFileBytes()).isEqualTo(1234);
    }

    @Test
    void builderRejectsZeroAndNegativeLimitsWithTheValue() {
        assertThatThrownBy(() -> IngestOptions.builder().maxFileBytes(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive").hasMessageContaining("0");
        assertThatThrownBy(() -> IngestOptions.builder().maxFileBytes(-5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-5");
    }
}
