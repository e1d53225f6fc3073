package jp.innovationnet.portal.it.plugin;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

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
import jp.innovationnet.portal.it.support.PluginBundles;
import jp.innovationnet.portal.it.support.PortalClient;
import jp.innovationnet.portal.it.support.RunsOnH2AndPostgresql;

import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinators plugin in the running portal: what its unit tests cannot show. The bundle installs and its
 * Kuromoji analysis works inside OSGi; the organization's coordinators come from Keycloak (contract 1.3's people
 * with their roles); a case goes through review by the other demo coordinator; a member's question reaches the
 * matched coordinators' inboxes and gets an accepted answer; a help request reaches a matched expert's inbox, their
 * offer is accepted and they share a thread with the requester; the search terms live in the database (H2 and
 * PostgreSQL).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2AndPostgresql
class CoordinatorsPluginIT {

    private static final String API = "/api/plugins/coordinators";
    private static final String RUN = Long.toString(System.nanoTime(), 36);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void install() {
        PluginBundles.ensureInstalled(as(DemoUser.SECRETARIAT), "coordinators", PluginBundles.coordinators());
    }

    @Test
    void aCoordinatorIsFoundByKanaAndWidthVariantsAndListedOnTheirOrganizationsPage() {
        String userId = profile(DemoUser.COORDINATOR, "public").getString("userId");

        for (String q : List.of("めっき", "メッキ", "ﾒｯｷ", "plating")) {
            assertThat(experts(as(DemoUser.MEMBER_STAFF), "q=" + encode(q))).as(q).contains(userId);
        }
        assertThat(experts(PortalClient.anonymous(), "tag=" + encode("めっき"))).contains(userId);
        HttpResponse<String> listed = PortalClient.anonymous()
                .get(API + "/organizations/hamamatsu-technopolis/coordinators");
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        assertThat(listed.body()).contains(userId).doesNotContain("表面処理");
    }

    @Test
    void aCaseIsPublishedThroughAnotherCoordinatorsReviewAndItsCompanyStaysInTheNetwork() {
        String reviewer = profile(DemoUser.WIDE_COORDINATOR, "network").getString("userId");
        PortalClient author = as(DemoUser.COORDINATOR);
        String title = "歩留まり改善 " + RUN;
        HttpResponse<String> created = author.postJson(API + "/cases", """
                {"language":"ja","title":"%s","challenge":"めっき工程の歩留まり",
                 "company":{"size":"small","industry":"metalworking","region":"Chubu","name":"浜松鍍金%s"},
                 "approach":"大学と共同研究","partners":[],"programmes":[],"outcomes":["partnership"],
                 "lessons":"公設試を早く巻き込む","factors":[],"tags":[],"audience":"members"}
                """.formatted(title, RUN));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = ((JsonObject) PortalClient.json(created)).getJsonNumber("id").longValue();
        String path = API + "/cases/" + id;
        assertThat(as(DemoUser.MEMBER_STAFF).get(path).statusCode()).isEqualTo(404);
        assertThat(author.postJson(path + "/submit", "{\"reviewerId\":\"" + reviewer + "\"}").statusCode())
                .isEqualTo(200);
        assertThat(author.postJson(path + "/approve", "").statusCode()).isEqualTo(403);
        assertThat(as(DemoUser.WIDE_COORDINATOR).postJson(path + "/approve", "").statusCode()).isEqualTo(200);

        HttpResponse<String> read = as(DemoUser.MEMBER_STAFF).get(path);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains(title).doesNotContain("浜松鍍金" + RUN);
        assertThat(as(DemoUser.STEERING_AGENCY).get(path).body()).contains("浜松鍍金" + RUN);
        assertThat(PortalClient.anonymous().get(path).statusCode()).isEqualTo(404);
    }

    @Test
    void aMembersQuestionReachesTheMatchedExpertsIsAnsweredAndTheAskerAcceptsAnAnswer() {
        profile(DemoUser.COORDINATOR, "network");
        profile(DemoUser.WIDE_COORDINATOR, "network");
        String title = "めっき皮膜の剥離 " + RUN;
        PortalClient asker = as(DemoUser.MEMBER_STAFF);
        HttpResponse<String> asked = asker.postJson(API + "/questions", """
                {"title":"%s","body":"めっき皮膜が剥がれる原因を知りたい","fields":["manufacturing"],"services":[],
                 "region":"Chubu","tags":["メッキ"],"askExperts":true}
                """.formatted(title));
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        JsonObject question = (JsonObject) PortalClient.json(asked);
        assertThat(question.getInt("expertsAsked")).as("both demo coordinators match").isEqualTo(2);
        assertThat(as(DemoUser.COORDINATOR).get("/api/me/notifications").body()).as("the expert's inbox")
                .contains(title);
        String path = API + "/questions/" + question.getJsonNumber("id").longValue();
        assertThat(PortalClient.anonymous().get(path).statusCode()).isEqualTo(401);
        assertThat(as(DemoUser.OVERSEAS_PARTNER).get(path).statusCode()).isEqualTo(403);

        HttpResponse<String> answered = as(DemoUser.WIDE_COORDINATOR).postJson(path + "/answers",
                "{\"body\":\"前処理の脱脂不足が多いです\"}");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);
        long answerId = ((JsonObject) PortalClient.json(answered)).getJsonArray("answers").getJsonObject(0)
                .getJsonNumber("id").longValue();
        String accept = "{\"answerId\":" + answerId + "}";
        assertThat(as(DemoUser.COORDINATOR).postJson(path + "/accept", accept).statusCode())
                .as("only the asker accepts").isEqualTo(403);
        HttpResponse<String> accepted = asker.postJson(path + "/accept", accept);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(((JsonObject) PortalClient.json(asker.get(path))).getJsonNumber("acceptedAnswerId").longValue())
                .isEqualTo(answerId);
    }

    @Test
    void aHelpRequestReachesAMatchedExpertWhoseOfferIsAcceptedAndTheyShareAThread() {
        profile(DemoUser.COORDINATOR, "network");
        profile(DemoUser.WIDE_COORDINATOR, "network");
        String title = "めっき工程の立ち上げ支援 " + RUN;
        PortalClient requester = as(DemoUser.WIDE_COORDINATOR);
        HttpResponse<String> posted = requester.postJson(API + "/help-requests", """
                {"kind":"advice","title":"%s","body":"新しいめっき工程の立ち上げについて助言がほしい",
                 "region":"Chubu","prefectures":["22"],"fields":["manufacturing"],"services":[],"tags":["メッキ"],
                 "deadline":"%s"}
                """.formatted(title, LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(14)));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        String path = API + "/help-requests/" + ((JsonObject) PortalClient.json(posted)).getJsonNumber("id")
                .longValue();
        PortalClient helper = as(DemoUser.COORDINATOR);
        assertThat(helper.get("/api/me/notifications").body()).as("the matched expert's inbox").contains(title);
        assertThat(as(DemoUser.MEMBER_STAFF).get(path).statusCode()).as("members' staff").isEqualTo(403);

        HttpResponse<String> offered = helper.postJson(path + "/offers", "{\"message\":\"公設試と一緒に伺えます\"}");
        assertThat(offered.statusCode()).as(offered.body()).isEqualTo(201);
        long offerId = ((JsonObject) PortalClient.json(offered)).getJsonArray("offers").getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertThat(helper.get(path + "/thread").statusCode()).as("not accepted yet").isEqualTo(403);
        HttpResponse<String> accepted = requester.postJson(path + "/accept", "{\"offerId\":" + offerId + "}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.body()).contains("\"code\":\"matched\"");

        assertThat(helper.postJson(path + "/thread", "{\"body\":\"来週お電話します " + RUN + "\"}").statusCode())
                .isEqualTo(201);
        HttpResponse<String> thread = requester.get(path + "/thread");
        assertThat(thread.statusCode()).isEqualTo(200);
        assertThat(thread.body()).contains("来週お電話します " + RUN);
        assertThat(as(DemoUser.SECRETARIAT).get(path + "/thread").statusCode()).isEqualTo(200);
        assertThat(as(DemoUser.STEERING_AGENCY).get(path + "/thread").statusCode()).isEqualTo(403);
    }

    @Test
    void scriptInAProfileIsRefusedNamingTheField() {
        HttpResponse<String> refused = as(DemoUser.COORDINATOR).putBytes(API + "/profiles/me", "application/json",
                body("<script>alert(1)</script>", "public").getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(((JsonObject) PortalClient.json(refused)).getJsonObject("errors").keySet()).contains("summary.ja");
    }

    private static JsonObject profile(DemoUser user, String expertise) {
        HttpResponse<String> written = as(user).putBytes(API + "/profiles/me", "application/json",
                body("表面処理とメッキ", expertise).getBytes(StandardCharsets.UTF_8));
        assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
        return (JsonObject) PortalClient.json(written);
    }

    private static String body(String summary, String expertise) {
        return """
                {"summary":{"ja":"%s","en":"Surface treatment and plating"},"region":"Chubu","prefectures":["22"],
                 "fields":["manufacturing"],"services":["business-matching"],"tags":["ﾒｯｷ"],"industries":[],
                 "languages":["ja"],"background":{"ja":"表面処理の企業で20年"},"programmes":[],
                 "availability":{"helpRequests":true,"visits":true},
                 "visibility":{"expertise":"%s","background":"members","programmes":"members",
                 "availability":"network"}}
                """.formatted(summary, expertise);
    }

    private static List<String> experts(PortalClient client, String query) {
        HttpResponse<String> found = client.get(API + "/experts?" + query);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        return ((JsonObject) PortalClient.json(found)).getJsonArray("items").stream()
                .map(item -> item.asJsonObject().getString("userId")).toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
