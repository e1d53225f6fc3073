package jp.innovationnet.portal.plugins.events.event;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static jp.innovationnet.portal.plugins.events.event.Events.viewer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list query against a real database (the plugin's own migrations, EclipseLink): for every viewer it finds
 * exactly the events {@link Event#visibleTo(Viewer)} admits, in order, page by page. H2 in PostgreSQL mode in memory
 * by default; PostgreSQL with {@code -Devents.test.db.url=jdbc:postgresql://127.0.0.1:5432/some_test}
 * ({@code events.test.db.user}, {@code events.test.db.password}: postgres), whose events tables it drops and creates.
 */
class EventSearchTest {

    private static final String URL = System.getProperty("events.test.db.url",
            "jdbc:h2:mem:events-search;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    private static final String USER = System.getProperty("events.test.db.user", "postgres");
    private static final String PASSWORD = System.getProperty("events.test.db.password", "postgres");
    private static final Instant NOW = Events.START.minusSeconds(86_400 * 10);
    private static final List<String> ORGANISERS = List.of("tama", "hamamatsu", "jilc");
    private static final List<Audience> AUDIENCES = Stream.concat(
            Stream.of(AudienceKind.values()).map(Events::audience),
            Stream.of(new Audience(AudienceKind.REGIONS, Set.of("Chubu"), Set.of()),
                    new Audience(AudienceKind.REGIONS, Set.of("Kanto", "Tohoku"), Set.of()),
                    new Audience(AudienceKind.ORGANIZATIONS, Set.of(), Set.of("tama")),
                    new Audience(AudienceKind.ORGANIZATIONS, Set.of(), Set.of("hamamatsu", "jst")))).toList();
    private static final List<Consumer<Event>> LIFECYCLES = List.of(e -> { }, Event::publish,
            e -> { e.publish(); e.close(); }, e -> { e.publish(); e.cancel(); });
    private static final Map<String, Viewer> VIEWERS = Map.of(
            "visitor", Viewer.anonymous(),
            "secretariat", viewer("jilc", "Kanto", "secretariat"),
            "tama staff", viewer("tama", "Kanto", "member-staff"),
            "tama coordinator", viewer("tama", "Kanto", "coordinator"),
            "hamamatsu admin and coordinator", viewer("hamamatsu", "Chubu", "member-admin", "coordinator"),
            "agency", viewer("jst", "Kanto", "steering-agency"),
            "member of no known region", viewer("unknown", null, "member-staff"),
            "overseas partner", new Viewer("u-o", Set.of("overseas-partner"), Optional.empty(), Optional.empty()),
            "overseas partner naming an organization", viewer("tama", "Kanto", "overseas-partner"));

    private static EntityManagerFactory factory;
    private static final List<Event> ALL = new ArrayList<>();

    @BeforeAll
    static void seed() throws Exception {
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
        factory = Persistence.createEntityManagerFactory("events-test", Map.of("jakarta.persistence.jdbc.url", URL,
                "jakarta.persistence.jdbc.user", USER, "jakarta.persistence.jdbc.password", PASSWORD));
        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        int n = 0;
        for (String organiser : ORGANISERS) {
            for (Audience audience : AUDIENCES) {
                for (Consumer<Event> lifecycle : LIFECYCLES) {
                    for (boolean past : List.of(false, true)) {
                        // past and upcoming events interleaved, some starting at the same time (order by id)
                        Instant start = NOW.plusSeconds((past ? -1 : 1) * 3600L * (24 + n++ / 2));
                        Event event = Event.draft(organiser, Events.details(audience, start), "user-1", NOW);
                        lifecycle.accept(event);
                        em.persist(event);
                        ALL.add(event);
                    }
                }
            }
        }
        em.getTransaction().commit();
        em.close();
    }

    /** The statements of the plugin's migrations, in version order: lines without comments, split at semicolons. */
    private static List<String> migrations() throws Exception {
        Path folder = Path.of(EventSearchTest.class.getResource("/db/migration").toURI());
        List<String> statements = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted(Comparator.comparingInt(EventSearchTest::version)).toList()) {
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

    /** @return the tables the statements create, in order (dropped in reverse before a run on a reused database) */
    private static List<String> createdTables(List<String> statements) {
        Pattern create = Pattern.compile("(?i)^CREATE TABLE (\\w+)");
        return statements.stream().map(create::matcher).filter(Matcher::find).map(m -> m.group(1)).toList();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void eachViewerFindsExactlyTheEventsTheyMaySeeInOrder() {
        VIEWERS.forEach((name, viewer) -> {
            for (boolean past : List.of(false, true)) {
                List<Long> found = ids(filter(past, Optional.empty(), 0, 200), viewer);
                assertThat(found).as(name + (past ? ", past" : ", upcoming")).isEqualTo(expected(past, viewer,
                        e -> true)).isNotEmpty();
            }
        });
    }

    @Test
    void pagesFollowOneAnotherWithoutGapsOrRepeats() {
        VIEWERS.forEach((name, viewer) -> {
            List<Long> paged = new ArrayList<>();
            for (int offset = 0; ; offset += 7) {
                List<Long> page = ids(filter(false, Optional.empty(), offset, 7), viewer);
                paged.addAll(page);
                if (page.size() < 7) {
                    break;
                }
            }
            assertThat(paged).as(name).isEqualTo(expected(false, viewer, e -> true));
        });
    }

    @Test
    void filtersNarrowWhatTheViewerSees() {
        Viewer tama = VIEWERS.get("tama staff");
        List<Long> found = ids(filter(false, Optional.of(AudienceKind.ORGANIZATIONS), 0, 200), tama);
        assertThat(found).isEqualTo(expected(false, tama, e -> e.audience().kind() == AudienceKind.ORGANIZATIONS))
                .as("tama's own events (3 audiences, 4 states) and the others' published ones listing tama")
                .hasSize(3 * 4 + 2 * 3);
    }

    @Test
    void aMemberOnlyEventIsNotListedForThePublicNorForOverseasPartners() {
        for (String name : List.of("visitor", "overseas partner", "overseas partner naming an organization")) {
            List<Long> found = ids(filter(false, Optional.of(AudienceKind.ALL_MEMBERS), 0, 200), VIEWERS.get(name));
            assertThat(found).as(name).isEmpty();
        }
    }

    private static EventFilter filter(boolean past, Optional<AudienceKind> audience, int offset, int limit) {
        return new EventFilter(past, Optional.empty(), Optional.empty(), audience, Optional.<YearMonth>empty(),
                Optional.empty(), Optional.empty(), offset, limit);
    }

    private static List<Long> ids(EventFilter filter, Viewer viewer) {
        EntityManager em = factory.createEntityManager();
        try {
            return new EventSearch(em).find(filter, viewer, NOW).stream().map(Event::id).toList();
        } finally {
            em.close();
        }
    }

    /** The events the viewer sees by {@link Event#visibleTo(Viewer)}, in the list's order. */
    private static List<Long> expected(boolean past, Viewer viewer, java.util.function.Predicate<Event> also) {
        Comparator<Event> byStart = Comparator.comparing(Event::startsAt);
        return ALL.stream().filter(e -> e.endsAt().isBefore(NOW) == past).filter(e -> e.visibleTo(viewer))
                .filter(also).sorted((past ? byStart.reversed() : byStart).thenComparing(Event::id))
                .map(Event::id).toList();
    }
}
