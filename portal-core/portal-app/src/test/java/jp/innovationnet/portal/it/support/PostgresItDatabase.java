package jp.innovationnet.portal.it.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives the PostgreSQL integration suite a database of its own, empty on every run: the build calls {@code reset}
 * before the integration tests (drop if it exists, then create) and {@code drop} after them. It connects with JDBC to
 * the server's {@code postgres} maintenance database, so it needs no {@code psql} and no shell.
 *
 * <p>Only databases whose name ends in {@code _it} or {@code _test} are touched, so a mistyped URL cannot drop a
 * real database.
 *
 * <p>Usage: {@code PostgresItDatabase reset|drop <jdbc-url> <user> <password>}
 */
public final class PostgresItDatabase {

    private static final Pattern URL = Pattern.compile(
            "jdbc:postgresql://(?<hosts>[^/?#]+)/(?<database>[^/?#]+)(?<params>\\?.*)?");
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Duration WAIT_FOR_SERVER = Duration.ofSeconds(60);

    /**
     * A parsed PostgreSQL JDBC URL.
     *
     * @param database the database name
     * @param adminUrl the URL of the {@code postgres} database on the same server(s), with the same parameters
     */
    record Target(String database, String adminUrl) {
    }

    private PostgresItDatabase() {
    }

    /**
     * @param jdbcUrl a URL such as {@code jdbc:postgresql://127.0.0.1:5432/portal_it?sslmode=disable}
     * @return the database it names and the maintenance URL next to it
     * @throws IllegalArgumentException if the URL is not PostgreSQL's or names a database this tool must not touch
     */
    static Target parse(String jdbcUrl) {
        Matcher matcher = URL.matcher(jdbcUrl.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL with a database: " + jdbcUrl);
        }
        String database = matcher.group("database");
        if (!SAFE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Database name must be lower-case letters, digits and _: " + database);
        }
        if (!database.endsWith("_it") && !database.endsWith("_test")) {
            throw new IllegalArgumentException(
                    "Refusing to drop '" + database + "': integration test databases end in _it or _test");
        }
        String params = matcher.group("params") == null ? "" : matcher.group("params");
        return new Target(database, "jdbc:postgresql://" + matcher.group("hosts") + "/postgres" + params);
    }

    /**
     * @param args {@code reset|drop <jdbc-url> <user> <password>}
     * @throws SQLException if the server refuses
     * @throws InterruptedException if interrupted while waiting for the server
     */
    public static void main(String[] args) throws SQLException, InterruptedException {
        if (args.length < 3 || !(args[0].equals("reset") || args[0].equals("drop"))) {
            throw new IllegalArgumentException("Usage: PostgresItDatabase reset|drop <jdbc-url> <user> [<password>]");
        }
        Target target = parse(args[1]);
        Properties credentials = new Properties();
        credentials.setProperty("user", args[2]);
        if (args.length > 3 && !args[3].isEmpty()) {
            credentials.setProperty("password", args[3]);
        }
        try (Connection admin = connect(target.adminUrl(), credentials);
                Statement statement = admin.createStatement()) {
            String quoted = '"' + target.database() + '"';
            drop(statement, target.database(), quoted);
            if (args[0].equals("reset")) {
                // template0 + UTF8 + C locale: valid whatever the cluster's default encoding and locale are
                statement.execute("CREATE DATABASE " + quoted
                        + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
                System.out.println("[portal-it] created empty PostgreSQL database " + target.database());
            } else {
                System.out.println("[portal-it] dropped PostgreSQL database " + target.database());
            }
        }
    }

    private static void drop(Statement statement, String database, String quoted) throws SQLException {
        int major = statement.getConnection().getMetaData().getDatabaseMajorVersion();
        if (major >= 13) {
            statement.execute("DROP DATABASE IF EXISTS " + quoted + " WITH (FORCE)");
        } else {
            statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                    + database + "' AND pid <> pg_backend_pid()");
            statement.execute("DROP DATABASE IF EXISTS " + quoted);
        }
    }

    /** Connects without DriverManager (which does not see drivers of Maven's plugin class loader), retrying while the server starts. */
    private static Connection connect(String url, Properties credentials) throws SQLException, InterruptedException {
        org.postgresql.Driver driver = new org.postgresql.Driver();
        Instant deadline = Instant.now().plus(WAIT_FOR_SERVER);
        while (true) {
            try {
                Connection connection = driver.connect(url, credentials);
                connection.setAutoCommit(true); // CREATE/DROP DATABASE cannot run in a transaction
                return connection;
            } catch (SQLException e) {
                boolean starting = e.getSQLState() != null
                        && (e.getSQLState().startsWith("08") || e.getSQLState().equals("57P03"));
                if (!starting || Instant.now().isAfter(deadline)) {
                    throw e;
                }
                System.out.println("[portal-it] waiting for PostgreSQL at " + url + ": " + e.getMessage());
                Thread.sleep(2_000);
            }
        }
    }
}
