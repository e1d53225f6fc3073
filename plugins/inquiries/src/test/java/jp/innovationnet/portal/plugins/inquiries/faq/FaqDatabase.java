package jp.innovationnet.portal.plugins.inquiries.faq;

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
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

/**
 * A real database with the plugin's migrations applied and the FAQ mapped by EclipseLink, as the portal runs it: H2
 * in PostgreSQL mode in memory by default; PostgreSQL with {@code -Dinquiries.test.db.url=jdbc:postgresql://...}
 * ({@code inquiries.test.db.user}, {@code inquiries.test.db.password}: postgres), whose tables it drops and creates.
 */
final class FaqDatabase implements AutoCloseable {

    private static final String URL = System.getProperty("inquiries.test.db.url",
            "jdbc:h2:mem:inquiries-faq;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    private static final String USER = System.getProperty("inquiries.test.db.user", "postgres");
    private static final String PASSWORD = System.getProperty("inquiries.test.db.password", "postgres");

    private final EntityManagerFactory factory;

    FaqDatabase() throws Exception {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement sql = connection.createStatement()) {
            List<String> statements = migrations();
            for (String table : createdTables(statements).reversed()) {
                sql.execute("DROP TABLE IF EXISTS " + table + " CASCADE");
            }
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
        factory = Persistence.createEntityManagerFactory("faq-test", Map.of(
                "eclipselink.persistencexml", "META-INF/faq-persistence.xml",
                "jakarta.persistence.jdbc.url", URL,
                "jakarta.persistence.jdbc.user", USER, "jakarta.persistence.jdbc.password", PASSWORD));
    }

    /** @param work what to do in one committed transaction */
    void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** The statements of the plugin's migrations, in version order: lines without comments, split at semicolons. */
    private static List<String> migrations() throws Exception {
        Path folder = Path.of(FaqDatabase.class.getResource("/db/migration").toURI());
        List<String> statements = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted(Comparator.comparingInt(FaqDatabase::version)).toList()) {
                String script = Files.readString(file, StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.strip().startsWith("--")).collect(Collectors.joining("\n"));
                Stream.of(script.split(";")).map(String::strip).filter(s -> !s.isEmpty()).forEach(statements::add);
            }
        }
        return statements;
    }

    private static int version(Path migration) {
        String name = migration.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    private static List<String> createdTables(List<String> statements) {
        Pattern create = Pattern.compile("(?i)^CREATE TABLE (\\w+)");
        return statements.stream().map(create::matcher).filter(Matcher::find).map(m -> m.group(1)).toList();
    }

    @Override
    public void close() {
        factory.close();
    }
}
