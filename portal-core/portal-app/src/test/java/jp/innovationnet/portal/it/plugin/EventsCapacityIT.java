package jp.innovationnet.portal.it.plugin;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.PortalClient;
import jp.innovationnet.portal.it.support.RunsOnH2AndPostgresql;
import jp.innovationnet.portal.it.support.Tokens;

import static jp.innovationnet.portal.it.plugin.EventsFixture.BASE;
import static jp.innovationnet.portal.it.plugin.EventsFixture.idOf;
import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No overbooking, on whichever database the suite runs: 300 people registered at the same moment for 50 seats
 * end as exactly 50 confirmed and 250 waiting, in the order they came; seats freed at the same moment go to the
 * first of the waiting list.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2AndPostgresql
class EventsCapacityIT {

    private static final int SEATS = 50;
    private static final int PEOPLE = 300;
    /**
     * HTTP/1.1: over HTTP/2 the JDK client multiplexes every call on one connection and refuses calls beyond the
     * server's limit of concurrent streams.
     */
    private static final HttpClient HTTP_1_1 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void installEvents() {
        EventsFixture.install();
    }

    @Test
    void threeHundredAtOnceForFiftySeats() throws Exception {
        PortalClient organiser = as(DemoUser.SECRETARIAT);
        long id = idOf(EventsFixture.published(organiser, EventsFixture.event("全国マッチングフェア", "public", SEATS)));
        String path = BASE + "/" + id + "/registrations";

        List<HttpResponse<String>> answers = allAtOnce(PEOPLE, i -> send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("name", "参加者 " + i)
                        .add("email", "person" + i + "@example.jp").add("language", i % 2 == 0 ? "ja" : "en")
                        .build().toString()))));
        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(200));

        List<JsonObject> registrations = EventsFixture.registrations(organiser, id).getValuesAs(JsonObject.class);
        assertThat(registrations).hasSize(PEOPLE);
        assertThat(registrations).extracting(r -> r.getString("email")).doesNotHaveDuplicates();
        assertThat(registrations.subList(0, SEATS)).allSatisfy(r -> assertThat(r.getString("status"))
                .isEqualTo("confirmed"));
        List<JsonObject> waiting = registrations.subList(SEATS, PEOPLE);
        assertThat(waiting).allSatisfy(r -> assertThat(r.getString("status")).isEqualTo("waiting"));
        assertThat(waiting).extracting(r -> r.getInt("waitingPosition"))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, PEOPLE - SEATS).boxed().toList());
        assertThat(registrations).extracting(r -> Instant.parse(r.getString("createdAt")))
                .as("the list is in the order people came").isSorted();
        JsonObject event = (JsonObject) PortalClient.json(organiser.get(BASE + "/" + id));
        assertThat(event.getInt("confirmed")).isEqualTo(SEATS);
        assertThat(event.getInt("waiting")).isEqualTo(PEOPLE - SEATS);

        List<String> cancelled = registrations.subList(0, 10).stream().map(r -> r.getJsonNumber("id").toString())
                .toList();
        allAtOnce(cancelled.size(), i -> send(HttpRequest.newBuilder(uri(path + "/" + cancelled.get(i))).DELETE()))
                .forEach(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(200));
        List<JsonObject> after = EventsFixture.registrations(organiser, id).getValuesAs(JsonObject.class);
        assertThat(after.stream().filter(r -> r.getString("status").equals("confirmed")).map(r -> r.getString("email")))
                .as("the ten first of the waiting list got the freed seats")
                .containsExactlyElementsOf(registrations.subList(10, SEATS + 10).stream()
                        .map(r -> r.getString("email")).toList());
        assertThat(after.stream().filter(r -> r.getString("status").equals("waiting"))).hasSize(PEOPLE - SEATS - 10);
    }

    private static URI uri(String path) {
        return PortalClient.anonymous().base().resolve(path);
    }

    /** Sends as the secretariat over HTTP/1.1: one connection per call, as 300 browsers would come. */
    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP_1_1.send(request.header("Authorization", Tokens.bearer(DemoUser.SECRETARIAT))
                .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private interface Call {
        HttpResponse<String> send(int i) throws Exception;
    }

    /** Sends the calls together: each on a thread of its own, released at the same moment. */
    private static List<HttpResponse<String>> allAtOnce(int count, Call call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int person = i;
                futures.add(threads.submit(() -> {
                    start.await();
                    return call.send(person);
                }));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                answers.add(future.get());
            }
            return answers;
        }
    }
}
