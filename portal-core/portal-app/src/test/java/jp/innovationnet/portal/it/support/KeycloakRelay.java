package jp.innovationnet.portal.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A TCP relay between the portal's back end (the identity sync and member administration) and the tests' Keycloak,
 * so that a test can make Keycloak unreachable for the portal and reachable again, for real: {@link #cut()} closes
 * the listening socket and every open connection (the portal gets "connection refused"), {@link #restore()} listens
 * again on the same port. Browsers and tokens reach Keycloak directly. Started once per test JVM, on a free port
 * that is handed to the test server as the variable {@code portal.identity.keycloak.url} (a configDropins file,
 * written before Arquillian starts the server). Does nothing in JVMs without {@code it.server.dir} (unit tests).
 */
public class KeycloakRelay implements LauncherSessionListener {

    private static final Set<Socket> OPEN = ConcurrentHashMap.newKeySet();
    private static volatile ServerSocket listener;
    private static volatile int port;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String serverDir = System.getProperty("it.server.dir");
        if (serverDir == null || listener != null) {
            return;
        }
        try {
            listen(0);
            Path overrides = Path.of(serverDir, "configDropins", "overrides");
            Files.createDirectories(overrides);
            Files.writeString(overrides.resolve("it-keycloak-relay.xml"), """
                    <server><variable name="portal.identity.keycloak.url" value="http://localhost:%d"/></server>
                    """.formatted(port), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        cut();
    }

    /** Keycloak becomes unreachable for the portal's back end: refused connections, open ones closed. */
    public static synchronized void cut() {
        ServerSocket current = listener;
        listener = null;
        closeQuietly(current);
        OPEN.forEach(KeycloakRelay::closeQuietly);
        OPEN.clear();
    }

    /** Keycloak is reachable again. */
    public static synchronized void restore() {
        if (listener == null) {
            try {
                listen(port);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void listen(int wanted) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), wanted));
        port = socket.getLocalPort();
        listener = socket;
        Thread accept = new Thread(() -> acceptLoop(socket), "keycloak-relay-accept");
        accept.setDaemon(true);
        accept.start();
    }

    private static void acceptLoop(ServerSocket socket) {
        int keycloakPort = Integer.parseInt(System.getProperty("it.keycloak.port", "18180"));
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), keycloakPort);
                OPEN.add(client);
                OPEN.add(upstream);
                pipe(client, upstream);
                pipe(upstream, client);
            } catch (IOException closedOrRefused) {
                // listener closed by cut(), or Keycloak itself down: the client sees the connection end
            }
        }
    }

    private static void pipe(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException ended) {
                // either side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                OPEN.remove(from);
                OPEN.remove(to);
            }
        }, "keycloak-relay-pipe");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
