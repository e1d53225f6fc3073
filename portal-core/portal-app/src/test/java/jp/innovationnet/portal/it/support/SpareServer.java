package jp.innovationnet.portal.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A second Liberty server from the test server's installation, which a test may kill ({@code kill -9}) and start
 * again without disturbing the server Arquillian manages (whose JMX connection and process would not survive that).
 * It is a copy of the test server's directory — its configuration, the application Arquillian deployed into it and
 * the test overrides — with free ports of its own, its own data directory and, on PostgreSQL, its own database (the
 * test database's name with {@code _spare} before the {@code _it}, created empty and dropped on {@link #close()}),
 * and server variables of its own. Keycloak, the SMTP test server and the Keycloak relay are shared with the test
 * server. While it is stopped, a test may change its database directly ({@link #database()}).
 */
public final class SpareServer implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

    private final Path wlp;
    private final String name;
    private final Path dir;
    private final Path data;
    private final int httpPort;
    private final Properties bootstrap;
    private final Map<String, String> variables;

    /** The run's shared spare server, once a test asked for it ({@link #shared(Map)}). */
    private static SpareServer shared;

    private SpareServer(Path wlp, String name, Path data, int httpPort, Properties bootstrap,
            Map<String, String> variables) {
        this.wlp = wlp;
        this.name = name;
        this.dir = wlp.resolve("usr/servers").resolve(name);
        this.data = data;
        this.httpPort = httpPort;
        this.bootstrap = bootstrap;
        this.variables = new TreeMap<>(variables);
    }

    /**
     * The run's spare server, shared by the test classes that need one, so that it is copied and started once per
     * run: started on first use, restarted with more variables when a later class needs variables it does not have
     * yet, and started again if a class left it stopped. A class may kill, stop and start it, and leaves it running;
     * {@link SpareServerSession} closes it when the test run ends.
     *
     * @param variables server variables the caller needs (a configDropins override), e.g. a plugin's setting
     * @return the started server, answering {@code /health/ready}
     */
    public static synchronized SpareServer shared(Map<String, String> variables) {
        if (shared == null) {
            shared = start("shared", variables);
        } else if (!shared.variables.entrySet().containsAll(variables.entrySet())) {
            shared.stop();
            shared.variables.putAll(variables);
            shared.writeVariables();
            shared.start();
        } else if (shared.status("/health/ready") != 200) {
            shared.start();
        }
        return shared;
    }

    /** Closes the shared spare server, if a test started one. */
    static synchronized void closeShared() {
        if (shared != null) {
            try {
                shared.close();
            } finally {
                shared = null;
            }
        }
    }

    /**
     * Copies the test server (after Arquillian deployed the application into it) and starts the copy.
     *
     * @param suffix    distinguishes the copy's name, directory and database
     * @param variables server variables of the copy (a configDropins override), e.g. a plugin's setting
     * @return the started server, answering {@code /health/ready}
     */
    private static SpareServer start(String suffix, Map<String, String> variables) {
        Path original = Path.of(System.getProperty("it.server.dir"));
        Path wlp = original.getParent().getParent().getParent();
        String name = original.getFileName() + "-" + suffix;
        Path dir = wlp.resolve("usr/servers").resolve(name);
        Path data = original.resolve("../../../../../it-data-" + suffix).normalize();
        try {
            delete(dir);
            delete(data);
            Properties bootstrap = new Properties();
            try (var in = Files.newBufferedReader(original.resolve("bootstrap.properties"))) {
                bootstrap.load(in);
            }
            int http = freePort();
            bootstrap.setProperty("portal.http.port", String.valueOf(http));
            bootstrap.setProperty("portal.https.port", String.valueOf(freePort()));
            bootstrap.setProperty("portal.base.url", "http://localhost:" + http);
            bootstrap.setProperty("portal.data.dir", data.toString());
            if (bootstrap.getProperty("portal.db.kind", "h2").equals("postgresql")) {
                String url = bootstrap.getProperty("portal.db.url").replaceFirst("_(it|test)(\\?|$)", "_spare_$1$2");
                bootstrap.setProperty("portal.db.url", url);
                database("reset", bootstrap);
            }
            copy(original, dir);
            try (var out = Files.newBufferedWriter(dir.resolve("bootstrap.properties"))) {
                bootstrap.store(out, "a spare copy of " + original.getFileName());
            }
            SpareServer server = new SpareServer(wlp, name, data, http, bootstrap, variables);
            server.writeVariables();
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the server's variables into its configDropins override (read when the server starts). */
    private void writeVariables() {
        StringBuilder overrides = new StringBuilder("<server>\n");
        variables.forEach((variable, value) -> overrides.append("  <variable name=\"").append(variable)
                .append("\" value=\"").append(value).append("\"/>\n"));
        try {
            Files.writeString(dir.resolve("configDropins/overrides/spare-server.xml"), overrides + "</server>\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the server's base URI */
    public URI base() {
        return URI.create("http://localhost:" + httpPort);
    }

    /** Starts the server ({@code server start}) and waits until {@code /health/ready} answers 200; kills it if not. */
    public void start() {
        try {
            run("start");
            Instant deadline = Instant.now().plus(START_TIMEOUT);
            while (status("/health/ready") != 200) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(name + " not ready after " + START_TIMEOUT + "; see "
                            + dir.resolve("logs/messages.log"));
                }
                pause();
            }
        } catch (RuntimeException e) {
            abandon(e);
            throw e;
        }
    }

    /** Kills a server whose start failed, so that it holds no port or file beyond the test that wanted it. */
    private void abandon(RuntimeException failure) {
        try {
            kill();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Waits until a route answers 200 to a visitor (plugins start after the portal is ready).
     *
     * @param path a public route
     */
    public void await(String path) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (status(path) != 200) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(path + " does not answer 200 on " + name);
            }
            pause();
        }
    }

    /**
     * Kills the server's JVM at once, as a crash would ({@code SIGKILL}: no shutdown hook, no orderly close of the
     * database), and waits until it is gone.
     */
    public void kill() {
        ProcessHandle jvm = ProcessHandle.of(pid())
                .orElseThrow(() -> new IllegalStateException(name + " is not running"));
        jvm.destroyForcibly();
        try {
            jvm.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(name + " did not die", e);
        }
    }

    /** Stops the server in order ({@code server stop}). */
    public void stop() {
        run("stop");
    }

    /**
     * @return a connection to the server's database (H2 only while the server is stopped: the server holds its file)
     * @throws SQLException if the database refuses
     */
    public Connection database() throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", bootstrap.getProperty("portal.db.user", "portal"));
        credentials.setProperty("password", bootstrap.getProperty("portal.db.password", "portal"));
        if (bootstrap.getProperty("portal.db.kind", "h2").equals("postgresql")) {
            return new org.postgresql.Driver().connect(bootstrap.getProperty("portal.db.url"), credentials);
        }
        return new org.h2.Driver().connect("jdbc:h2:file:" + data.resolve("db/portal")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", credentials);
    }

    /** The server's JVM, from the file Liberty writes its process id to ({@code usr/servers/.pid/<name>.pid}). */
    private long pid() {
        try {
            return Long.parseLong(Files.readString(wlp.resolve("usr/servers/.pid").resolve(name + ".pid")).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server and deletes its directory, its data and, on PostgreSQL, its database. */
    @Override
    public void close() {
        run("stop");
        try {
            delete(dir);
            delete(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bootstrap.getProperty("portal.db.kind", "h2").equals("postgresql")) {
            database("drop", bootstrap);
        }
    }

    private int status(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(base().resolve(path)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void run(String action) {
        List<String> command = List.of(wlp.resolve("bin/server").toString(), action, name);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("server-" + action + ".out").toFile()).start();
            if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("server " + action + " " + name + " did not finish");
            }
            int exit = process.exitValue();
            if (exit != 0) {
                throw new IllegalStateException("server " + action + " " + name + " exited " + exit + ": "
                        + Files.readString(dir.resolve("server-" + action + ".out"), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void database(String action, Properties bootstrap) {
        try {
            PostgresItDatabase.main(new String[] {action, bootstrap.getProperty("portal.db.url"),
                    bootstrap.getProperty("portal.db.user"), bootstrap.getProperty("portal.db.password", "")});
        } catch (Exception e) {
            throw new IllegalStateException("could not " + action + " the spare server's database", e);
        }
    }

    /** Copies the server's configuration and applications, not its logs, work area or state. */
    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path relative = from.relativize(file);
                String top = relative.getNameCount() == 0 ? "" : relative.getName(0).toString();
                if (top.equals("logs") || top.equals("workarea") || top.equals("bootstrap.properties")) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
