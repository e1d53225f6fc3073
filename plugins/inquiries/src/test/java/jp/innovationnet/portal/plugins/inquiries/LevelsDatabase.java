package jp.innovationnet.portal.plugins.inquiries;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

/**
 * A database with the routing rules' and canned replies' migration applied, for tests: H2 in PostgreSQL mode in
 * memory by default; PostgreSQL with {@code -Dinquiries.test.db.url=jdbc:postgresql://127.0.0.1:5432/some_test}
 * ({@code inquiries.test.db.user}, {@code inquiries.test.db.password}: postgres), whose tables of that migration it
 * drops and creates.
 */
public final class LevelsDatabase {

    private static final String MIGRATION = "/db/migration/V2__routing_rules_and_canned_replies.sql";
    private static final String URL = System.getProperty("inquiries.test.db.url",
            "jdbc:h2:mem:inquiries-levels;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    private static final String USER = System.getProperty("inquiries.test.db.user", "postgres");
    private static final String PASSWORD = System.getProperty("inquiries.test.db.password", "postgres");

    private LevelsDatabase() {
    }

    /** @return a new connection to the test database */
    public static Connection connect() throws Exception {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    /**
     * Drops the migration's tables, runs it afresh and opens the test persistence unit on it.
     *
     * @return the entity manager factory
     */
    public static EntityManagerFactory migrated() throws Exception {
        List<String> statements = statements();
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            Pattern create = Pattern.compile("(?i)^CREATE TABLE (\\w+)");
            for (String statement : statements) {
                Matcher table = create.matcher(statement);
                if (table.find()) {
                    sql.execute("DROP TABLE IF EXISTS " + table.group(1) + " CASCADE");
                }
            }
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
        return Persistence.createEntityManagerFactory("inquiries-levels-test", Map.of(
                "eclipselink.persistencexml", "META-INF/levels-persistence.xml",
                "jakarta.persistence.jdbc.url", URL, "jakarta.persistence.jdbc.user", USER,
                "jakarta.persistence.jdbc.password", PASSWORD));
    }

    /** The migration's statements: lines without comments, split at semicolons. */
    private static List<String> statements() throws Exception {
        String script = Files.readString(Path.of(LevelsDatabase.class.getResource(MIGRATION).toURI()),
                StandardCharsets.UTF_8).lines().filter(line -> !line.strip().startsWith("--"))
                .collect(Collectors.joining("\n"));
        return new ArrayList<>(Stream.of(script.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList());
    }
}
