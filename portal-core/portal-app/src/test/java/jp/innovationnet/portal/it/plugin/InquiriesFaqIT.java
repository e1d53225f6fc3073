package jp.innovationnet.portal.it.plugin;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.PluginBundles;
import jp.innovationnet.portal.it.support.PortalClient;
import jp.innovationnet.portal.it.support.RunsOnH2AndPostgresql;

import static jp.innovationnet.portal.it.plugin.PluginApiIT.assertProblem;
import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inquiry desk's FAQ in the running portal: who may call each route (every demo user and a visitor), drafts seen
 * by the secretariat only, publishing only complete bilingual entries, texts anonymised on creation, and suggestions
 * while typing in Japanese and English from the Lucene index embedded in the bundle (Kuromoji inside OSGi).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2AndPostgresql
class InquiriesFaqIT {

    private static final String FAQ = "/api/plugins/inquiries/faq";
    private static final List<Long> CREATED = new ArrayList<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void installInquiries() {
        PluginBundles.ensureInstalled(as(DemoUser.SECRETARIAT), "inquiries", PluginBundles.inquiries());
    }

    @AfterAll
    static void removeInquiries() {
        CREATED.forEach(id -> as(DemoUser.SECRETARIAT).delete(FAQ + "/" + id));
    }

    @Test
    void onlyTheSecretariatWritesWhileEveryoneReadsPublishedEntries() {
        long id = publishedEntry("試作品の評価を依頼できる公設試験研究機関はありますか",
                "Which public testing institutes can evaluate our prototype?");
        String entry = FAQ + "/" + id;
        List<PortalClient> readers = new ArrayList<>(List.of(PortalClient.anonymous()));
        for (DemoUser user : DemoUser.values()) {
            readers.add(as(user));
        }
        for (PortalClient reader : readers) {
            assertThat(reader.get(entry).statusCode()).isEqualTo(200);
            assertThat(ids(reader.get(FAQ))).contains(id);
            assertThat(ids(reader.get(FAQ + "/suggestions?q=" + encode("公設試験研究機関")))).contains(id);
        }
        long version = version(as(DemoUser.SECRETARIAT).get(entry));
        String edit = entry(version).build().toString();
        for (DemoUser user : DemoUser.values()) {
            if (user == DemoUser.SECRETARIAT) {
                continue;
            }
            PortalClient other = as(user);
            assertProblem(other.postJson(FAQ, entry(null).build().toString()), 403);
            assertProblem(other.putBytes(entry, "application/json", edit.getBytes(StandardCharsets.UTF_8)), 403);
            assertProblem(other.postJson(entry + "/unpublish", ""), 403);
            assertProblem(other.postJson(entry + "/publish", ""), 403);
            assertProblem(other.delete(entry), 403);
        }
        PortalClient visitor = PortalClient.anonymous();
        assertProblem(visitor.postJson(FAQ, entry(null).build().toString()), 401);
        assertProblem(visitor.putBytes(entry, "application/json", edit.getBytes(StandardCharsets.UTF_8)), 401);
        assertProblem(visitor.postJson(entry + "/unpublish", ""), 401);
        assertProblem(visitor.delete(entry), 401);
        assertThat(version(visitor.get(entry))).as("nothing changed").isEqualTo(version);

        PortalClient secretariat = as(DemoUser.SECRETARIAT);
        assertThat(secretariat.putBytes(entry, "application/json", edit.getBytes(StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(200);
        assertProblem(secretariat.putBytes(entry, "application/json", edit.getBytes(StandardCharsets.UTF_8)), 409);
        assertThat(secretariat.delete(entry).statusCode()).isEqualTo(204);
        assertProblem(visitor.get(entry), 404);
        assertProblem(secretariat.get(entry), 404);
    }

    @Test
    void aDraftIsSeenByTheSecretariatOnlyAndIsPublishedOnlyInBothLanguages() {
        PortalClient secretariat = as(DemoUser.SECRETARIAT);
        JsonObject draft = created(secretariat.postJson(FAQ, Json.createObjectBuilder()
                .add("topic", "startup")
                .add("question", Json.createObjectBuilder().add("ja", "創業時の資金繰りの相談先を知りたい"))
                .add("answer", Json.createObjectBuilder().add("ja", "**よろず支援拠点**へ。担当 sato@example.jp"
                        + "（03-1234-5678）、https://example.jp/startup"))
                .add("sourceReference", "Q26-7K3M-9PQX").build().toString()));
        long id = draft.getJsonNumber("id").longValue();
        String entry = FAQ + "/" + id;
        assertThat(draft.getJsonObject("status").getString("code")).isEqualTo("draft");
        assertThat(draft.getJsonObject("answer").getString("ja")).as("anonymised")
                .isEqualTo("**よろず支援拠点**へ。担当 ［メールアドレス］（［電話番号］）、［URL］");
        assertThat(draft.getJsonObject("answerHtml").getString("ja")).contains("<strong>よろず支援拠点</strong>");
        assertThat(draft.getString("sourceReference")).isEqualTo("Q26-7K3M-9PQX");

        List<PortalClient> others = new ArrayList<>(List.of(PortalClient.anonymous()));
        for (DemoUser user : DemoUser.values()) {
            if (user != DemoUser.SECRETARIAT) {
                others.add(as(user));
            }
        }
        String search = "?q=" + encode("資金繰り");
        for (PortalClient other : others) {
            assertProblem(other.get(entry), 404);
            assertThat(ids(other.get(FAQ))).doesNotContain(id);
            assertThat(ids(other.get(FAQ + search))).doesNotContain(id);
            assertThat(ids(other.get(FAQ + "/suggestions" + search))).doesNotContain(id);
        }
        assertThat(ids(secretariat.get(FAQ + search))).contains(id);
        assertThat(ids(secretariat.get(FAQ + "/suggestions" + search))).as("drafts are never suggested")
                .doesNotContain(id);

        HttpResponse<String> refused = secretariat.postJson(entry + "/publish", "");
        assertProblem(refused, 422);
        assertThat(((JsonObject) PortalClient.json(refused)).getJsonObject("errors").keySet())
                .containsExactlyInAnyOrder("question.en", "answer.en");
        assertThat(status(secretariat.get(entry))).as("still a draft").isEqualTo("draft");

        HttpResponse<String> bad = secretariat.postJson(FAQ, Json.createObjectBuilder().add("topic", "weather")
                .add("question", Json.createObjectBuilder().add("ja", "x".repeat(501)))
                .add("sourceReference", "42").build().toString());
        assertProblem(bad, 422);
        assertThat(((JsonObject) PortalClient.json(bad)).getJsonObject("errors").keySet())
                .contains("topic", "question.ja");

        long version = version(secretariat.get(entry));
        JsonObject complete = Json.createObjectBuilder().add("topic", "startup").add("version", version)
                .add("question", Json.createObjectBuilder().add("ja", "創業時の資金繰りの相談先を知りたい")
                        .add("en", "Whom can I ask about cash flow when starting a business?"))
                .add("answer", Json.createObjectBuilder().add("ja", "よろず支援拠点へ。")
                        .add("en", "Ask the Yorozu support centre.")).build();
        assertThat(secretariat.putBytes(entry, "application/json",
                complete.toString().getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
        assertThat(secretariat.postJson(entry + "/publish", "").statusCode()).isEqualTo(200);
        for (PortalClient other : others) {
            JsonObject seen = (JsonObject) PortalClient.json(other.get(entry));
            assertThat(seen.containsKey("sourceReference")).as("the inquiry stays with the staff").isFalse();
            assertThat(ids(other.get(FAQ + "/suggestions" + search))).contains(id);
        }
        assertThat(secretariat.postJson(entry + "/unpublish", "").statusCode()).isEqualTo(200);
        assertProblem(PortalClient.anonymous().get(entry), 404);
        assertThat(ids(PortalClient.anonymous().get(FAQ + "/suggestions" + search))).doesNotContain(id);
    }

    @Test
    void suggestionsFindEntriesWrittenDifferentlyInJapaneseAndEnglish() {
        long id = publishedEntry("知的財産のライセンス契約を結ぶときの注意点",
                "What should we watch for when signing a licensing agreement for patents?");
        PortalClient visitor = PortalClient.anonymous();
        assertThat(ids(visitor.get(FAQ + "/suggestions?language=ja&q=" + encode("ちてきざいさんのらいせんす"))))
                .as("kana for kanji and katakana").contains(id);
        assertThat(ids(visitor.get(FAQ + "/suggestions?language=ja&q=" + encode("ﾗｲｾﾝｽ契約を結んだ"))))
                .as("half-width, another conjugation").contains(id);
        JsonArray english = (JsonArray) PortalClient.json(visitor.get(FAQ + "/suggestions?language=en&topic="
                + "ip-licensing&q=" + encode("signed licences for a patent")));
        assertThat(english.getValuesAs(JsonObject.class)).extracting(s -> s.getJsonNumber("id").longValue())
                .contains(id);
        assertThat(english.size()).isLessThanOrEqualTo(5);
        assertThat(english.getJsonObject(0).getJsonObject("question").getString("en")).contains("licensing");
        assertThat(ids(visitor.get(FAQ + "/suggestions?language=en&topic=overseas&q=" + encode("patent"))))
                .as("another topic").doesNotContain(id);
        HttpResponse<String> unknown = visitor.get(FAQ + "/suggestions?language=fr&topic=weather&q=x");
        assertProblem(unknown, 422);
        assertThat(((JsonObject) PortalClient.json(unknown)).getJsonObject("errors").keySet())
                .containsAnyOf("language", "topic");
    }

    private static long publishedEntry(String questionJa, String questionEn) {
        PortalClient secretariat = as(DemoUser.SECRETARIAT);
        JsonObject created = created(secretariat.postJson(FAQ, Json.createObjectBuilder().add("topic", "ip-licensing")
                .add("question", Json.createObjectBuilder().add("ja", questionJa).add("en", questionEn))
                .add("answer", Json.createObjectBuilder().add("ja", "窓口にご相談ください。")
                        .add("en", "Please ask the desk.")).build().toString()));
        long id = created.getJsonNumber("id").longValue();
        HttpResponse<String> published = secretariat.postJson(FAQ + "/" + id + "/publish", "");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return id;
    }

    private static JsonObjectBuilder entry(Long version) {
        JsonObjectBuilder entry = Json.createObjectBuilder().add("topic", "technology")
                .add("question", Json.createObjectBuilder().add("ja", "試作品の評価").add("en", "Prototype testing"))
                .add("answer", Json.createObjectBuilder().add("ja", "公設試へ。").add("en", "Ask a public institute."));
        if (version != null) {
            entry.add("version", version);
        }
        return entry;
    }

    private static JsonObject created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonObject created = (JsonObject) PortalClient.json(response);
        CREATED.add(created.getJsonNumber("id").longValue());
        return created;
    }

    private static List<Long> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ((JsonArray) PortalClient.json(response)).getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("id").longValue()).toList();
    }

    private static long version(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ((JsonObject) PortalClient.json(response)).getJsonNumber("version").longValue();
    }

    private static String status(HttpResponse<String> response) {
        return ((JsonObject) PortalClient.json(response)).getJsonObject("status").getString("code");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
