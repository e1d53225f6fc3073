package jp.innovationnet.portal.plugins.inquiries;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

/**
 * A database with the plugin's migrations applied in version order, as the portal applies them, and the plugin's
 * entities mapped by EclipseLink over it: H2 in PostgreSQL mode in memory by default (one database per name);
 * PostgreSQL with {@code -Dinquiries.test.db.url=jdbc:postgresql://…} ({@code inquiries.test.db.user},
 * {@code inquiries.test.db.password}: postgres), whose plugin tables it drops and creates.
 */
public final class TestDatabase {

    private static final Pattern VERSION = Pattern.compile("^V(\\d+)__");
    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)^CREATE TABLE (\\w+)");

    private TestDatabase() {
    }

    /**
     * @param name the in-memory database's name (one per test class); ignored for PostgreSQL
     * @return a new connection to that database
     */
    public static Connection connect(String name) throws Exception {
        return DriverManager.getConnection(url(name), System.getProperty("inquiries.test.db.user", "postgres"),
                System.getProperty("inquiries.test.db.password", "postgres"));
    }

    /**
     * @param name the in-memory database's name (one per test class); ignored for PostgreSQL
     * @return a factory over a freshly migrated database
     */
    public static EntityManagerFactory migrated(String name) throws Exception {
        List<String> statements = migrations();
        try (Connection connection = connect(name); Statement sql = connection.createStatement()) {
            for (String table : createdTables(statements).reversed()) {
                sql.execute("DROP TABLE IF EXISTS " + table + " CASCADE");
            }
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
        return Persistence.createEntityManagerFactory("inquiries-test", Map.of("jakarta.persistence.jdbc.url",
                url(name), "jakarta.persistence.jdbc.user", System.getProperty("inquiries.test.db.user", "postgres"),
                "jakarta.persistence.jdbc.password", System.getProperty("inquiries.test.db.password", "postgres")));
    }

    private static String url(String name) {
        return System.getProperty("inquiries.test.db.url", "jdbc:h2:mem:" + name
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }

    /** The statements of every migration, in version order: without comments, split at semicolons. */
    private static List<String> migrations() throws Exception {
        Path folder = Path.of(TestDatabase.class.getResource("/db/migration").toURI());
        List<String> statements = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted(Comparator.comparingInt(TestDatabase::version)).toList()) {
                String script = Files.readString(file, StandardCharsets.UTF_8).lines()
                        .map(line -> line.replaceAll("--.*$", "")).collect(Collectors.joining("\n"));
                Stream.of(script.split(";")).map(String::strip).filter(s -> !s.isEmpty()).forEach(statements::add);
            }
        }
        return statements;
    }

    private static int version(Path file) {
        Matcher version = VERSION.matcher(file.getFileName().toString());
        if (!version.find()) {
            throw new IllegalStateException("not a migration: " + file);
        }
        return Integer.parseInt(version.group(1));
    }

    private static List<String> createdTables(List<String> statements) {
        return statements.stream().map(CREATE_TABLE::matcher).filter(Matcher::find).map(m -> m.group(1)).toList();
    }
}
