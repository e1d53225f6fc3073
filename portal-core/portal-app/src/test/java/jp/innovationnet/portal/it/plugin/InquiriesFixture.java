package jp.innovationnet.portal.it.plugin;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import jp.innovationnet.portal.it.membership.MembershipFixtures;
import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.MailCatcher;
import jp.innovationnet.portal.it.support.PluginBundles;
import jp.innovationnet.portal.it.support.PortalClient;

import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

/** The inquiry desk plugin in the test server: installing it, and inquiries as members and visitors send them. */
public final class InquiriesFixture {

    public static final String API = "/api/plugins/inquiries";
    private static final Pattern TRACK = Pattern.compile("/p/inquiries/track#([A-Za-z0-9_-]{43})");

    private InquiriesFixture() {
    }

    /** Installs the plugin, and registers TAMA so that inquiries can be routed to it and to JST (seeded). */
    public static void install() {
        PluginBundles.ensureInstalled(as(DemoUser.SECRETARIAT), "inquiries", PluginBundles.inquiries());
        MembershipFixtures.ensureTama();
    }

    /** @return an inquiry's fields as a logged-in member sends them */
    public static JsonObjectBuilder inquiry(String subject, String text) {
        return Json.createObjectBuilder().add("topic", "technology").add("region", "Kanto").add("language", "ja")
                .add("subject", subject).add("text", text);
    }

    /** @return the inquiry made by a logged-in member: {reference, status, trackUrl} */
    public static JsonObject asked(PortalClient member, JsonObjectBuilder inquiry) {
        HttpResponse<String> created = member.postJson(API + "/inquiries", inquiry.build().toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return (JsonObject) PortalClient.json(created);
    }

    /**
     * A visitor fills in the public form (with a token old enough) from an address of their own.
     *
     * @return the answer to the submission
     */
    public static HttpResponse<String> visitorAsks(JsonObjectBuilder inquiry, String name, String email)
            throws InterruptedException {
        return visitorAsks(inquiry, name, email, "");
    }

    /**
     * @param website the honeypot's value (people leave it empty)
     * @return the answer to the submission
     */
    public static HttpResponse<String> visitorAsks(JsonObjectBuilder inquiry, String name, String email,
                                                   String website) throws InterruptedException {
        String token = ((JsonObject) PortalClient.json(anonymous("GET", API + "/form", null))).getString("formToken");
        Thread.sleep(1_100);
        return anonymous("POST", API + "/inquiries", inquiry.add("name", name).add("email", email)
                .add("language", "en").add("formToken", token).add("website", website).build().toString());
    }

    /** @return the private link's token from the confirmation mailed to the address */
    public static String mailedToken(String email) throws Exception {
        String text = text(MailCatcher.awaitMessageTo(email, Duration.ofSeconds(30)));
        Matcher link = TRACK.matcher(text);
        assertThat(link.find()).as(text).isTrue();
        return link.group(1);
    }

    /** @return the mail's plain text */
    public static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        return content instanceof Multipart parts ? String.valueOf(parts.getBodyPart(0).getContent())
                : String.valueOf(content);
    }

    /** @return a request with no account, from an address of its own (the per-address limit counts each apart) */
    public static HttpResponse<String> anonymous(String method, String path, String json) {
        return MembershipFixtures.send(method, path, json, Map.of("X-Forwarded-For", MembershipFixtures.someAddress()));
    }

    /** @return attachments: one file per name and content */
    public static JsonArrayBuilder files(Map<String, byte[]> files) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        files.forEach((name, content) -> array.add(Json.createObjectBuilder().add("filename", name)
                .add("contentBase64", Base64.getEncoder().encodeToString(content))));
        return array;
    }

    public static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes();
    }

    public static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return (JsonObject) PortalClient.json(response);
    }

    /** @return the fields a 422 problem names (the plugin kit's field errors, and the core's for route bodies) */
    public static JsonObject errors(HttpResponse<String> response) {
        return errors(response, 422);
    }

    /** @return the fields a problem of that status names */
    public static JsonObject errors(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        return ((JsonObject) PortalClient.json(response)).getJsonObject("errors");
    }
}
