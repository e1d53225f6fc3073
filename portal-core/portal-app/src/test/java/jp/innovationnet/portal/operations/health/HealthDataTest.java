package jp.innovationnet.portal.operations.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class HealthDataTest {

    @Test
    void namesClassSqlStateAndMessage() {
        assertThat(HealthData.describe(new SQLException("Connection refused\n  to host", "08001")))
                .isEqualTo("SQLException [08001]: Connection refused to host");
    }

    @Test
    void cutsLongMessages() {
        String described = HealthData.describe(new IllegalStateException("x".repeat(500)));
        assertThat(described).startsWith("IllegalStateException: xxx").endsWith("…");
        assertThat(described.length()).isLessThan(240);
    }

    @Test
    void toleratesMissingMessage() {
        assertThat(HealthData.describe(new NullPointerException())).isEqualTo("NullPointerException");
    }
}
