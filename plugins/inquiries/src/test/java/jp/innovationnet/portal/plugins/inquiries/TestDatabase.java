package jp.innovationnet.portal.plugins.inquiries;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

/**
 * A database with the plugin's migration applied, and the plugin's entities mapped by EclipseLink over it: H2 in
 * PostgreSQL mode in memory by default; PostgreSQL with {@code -Dinquiries.test.db.url=jdbc:postgresql://…}
 * ({@code inquiries.test.db.user}, {@code inquiries.test.db.password}: postgres), whose desk tables it drops and
 * creates.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    /**
     * @param name the in-memory database's name (one per test class)
     * @return a factory over a freshly migrated database
     */
    public static EntityManagerFactory migrated(String name) throws Exception {
        String url = System.getProperty("inquiries.test.db.url", "jdbc:h2:mem:" + name
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        String user = System.getProperty("inquiries.test.db.user", "postgres");
        String password = System.getProperty("inquiries.test.db.password", "postgres");
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement sql = connection.createStatement()) {
            List<String> statements = migration();
            for (String table : createdTables(statements).reversed()) {
                sql.execute("DROP TABLE IF EXISTS " + table + " CASCADE");
            }
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
        return Persistence.createEntityManagerFactory("inquiries-test", Map.of("jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", user, "jakarta.persistence.jdbc.password", password));
    }

    /** The migration's statements: without comments, split at semicolons. */
    private static List<String> migration() throws Exception {
        Path file = Path.of(TestDatabase.class.getResource("/db/migration/V1__create_inquiries.sql").toURI());
        String script = Files.readString(file, StandardCharsets.UTF_8).lines()
                .map(line -> line.replaceAll("--.*$", "")).collect(Collectors.joining("\n"));
        return Stream.of(script.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> createdTables(List<String> statements) {
        Pattern create = Pattern.compile("(?i)^CREATE TABLE (\\w+)");
        return statements.stream().map(create::matcher).filter(Matcher::find).map(m -> m.group(1)).toList();
    }
}
