package jp.innovationnet.portal.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostgresItDatabaseTest {

    @Test
    void findsDatabaseAndMaintenanceUrl() {
        PostgresItDatabase.Target target = PostgresItDatabase.parse("jdbc:postgresql://127.0.0.1:5432/portal_it");
        assertThat(target.database()).isEqualTo("portal_it");
        assertThat(target.adminUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/postgres");
    }

    @Test
    void keepsHostsAndParameters() {
        PostgresItDatabase.Target target = PostgresItDatabase.parse(
                " jdbc:postgresql://db1:5432,db2:5433/portal_test?sslmode=require&connectTimeout=5 ");
        assertThat(target.database()).isEqualTo("portal_test");
        assertThat(target.adminUrl())
                .isEqualTo("jdbc:postgresql://db1:5432,db2:5433/postgres?sslmode=require&connectTimeout=5");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "jdbc:postgresql://127.0.0.1:5432/portal",        // not a test database
            "jdbc:postgresql://127.0.0.1:5432/postgres",
            "jdbc:postgresql://127.0.0.1:5432/Portal_IT",     // would need quoting rules we do not want
            "jdbc:postgresql://127.0.0.1:5432/x\"; DROP DATABASE portal; --_it",
            "jdbc:postgresql://127.0.0.1:5432/",
            "jdbc:h2:file:./target/portal_it"
    })
    void refusesAnythingButATestDatabase(String url) {
        assertThatThrownBy(() -> PostgresItDatabase.parse(url)).isInstanceOf(IllegalArgumentException.class);
    }
}
