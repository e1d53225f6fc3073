package jp.innovationnet.portal.it.membership.dues;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.PortalClient;
import jp.innovationnet.portal.it.support.Tokens;

import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

/** What the dues tests need around the API: organizations to invoice, binary downloads, PDF text. */
final class DuesFixtures {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private DuesFixtures() {
    }

    /**
     * Makes sure an active member is registered with the given class and primary contact, through the secretariat's
     * registry API (the one place to adapt when that API changes). An organization registered before (by the
     * import of the published member list, or by another test class) keeps its record; it gets the names, the class
     * and the contact the dues tests expect.
     *
     * @param id              its alias
     * @param nameJa          its Japanese name
     * @param nameEn          its English name
     * @param membershipClass full or supporting
     * @param primaryContact  its primary contact's address, or null for none
     * @return its profile as registered (names as the registry has them: another test may have registered it first)
     */
    static JsonObject registerMember(String id, String nameJa, String nameEn, String membershipClass,
                               String primaryContact) {
        JsonArray contacts = primaryContact == null ? JsonValue.EMPTY_JSON_ARRAY : Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "会費 担当").add("email", primaryContact)
                        .add("primary", true)).build();
        JsonObject organization = Json.createObjectBuilder().add("id", id).add("kind", "member")
                .add("membershipClass", membershipClass)
                .add("profile", Json.createObjectBuilder().add("nameJa", nameJa).add("nameEn", nameEn)
                        .add("prefecture", "Tokyo").add("region", "Kanto").add("contacts", contacts))
                .build();
        HttpResponse<String> registered = as(DemoUser.SECRETARIAT).postJson("/api/organizations",
                organization.toString());
        if (registered.statusCode() == 201) {
            return ((JsonObject) PortalClient.json(registered)).getJsonObject("profile");
        }
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(409);
        JsonObject record = (JsonObject) PortalClient.json(as(DemoUser.SECRETARIAT).get("/api/organizations/" + id));
        JsonObject replaced = Json.createObjectBuilder(record).remove("createdAt").remove("updatedAt")
                .remove("status").add("membershipClass", membershipClass)
                .add("profile", Json.createObjectBuilder(record.getJsonObject("profile")).add("nameJa", nameJa)
                        .add("nameEn", nameEn).add("contacts", contacts))
                .build();
        HttpResponse<String> updated = as(DemoUser.SECRETARIAT).putBytes("/api/organizations/" + id,
                "application/json", replaced.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(record.getString("status")).as(id + " is active").isEqualTo("active");
        return ((JsonObject) PortalClient.json(updated)).getJsonObject("profile");
    }

    /** Sets a year's dues of one class. */
    static void setDues(int year, String membershipClass, long amount, String taxTreatment) {
        HttpResponse<String> set = as(DemoUser.SECRETARIAT).putBytes("/api/dues/schedules/" + year + "/"
                + membershipClass, "application/json", """
                {"amount":%d,"taxTreatment":"%s"}""".formatted(amount, taxTreatment).getBytes());
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    }

    /** @return the single invoice of an organization for a year, as the secretariat sees it */
    static JsonObject invoiceOf(String organizationId, int year) {
        var list = PortalClient.json(as(DemoUser.SECRETARIAT).get("/api/dues/invoices?fiscalYear=" + year
                + "&organizationId=" + organizationId)).asJsonArray().stream().map(v -> v.asJsonObject())
                .filter(i -> !"voided".equals(i.getString("status"))).toList();
        assertThat(list).as("open invoices of " + organizationId).hasSize(1);
        return list.get(0);
    }

    /** @return the response to a GET as bytes, with the user's token (null for anonymous) */
    static HttpResponse<byte[]> download(DemoUser user, String path) {
        return send(request(user, path, "ja").GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** @return the response to a GET as bytes, asking for English */
    static HttpResponse<byte[]> downloadInEnglish(DemoUser user, String path) {
        return send(request(user, path, "en").GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** @return the response to a POST of JSON, asking for English */
    static HttpResponse<String> postJsonInEnglish(DemoUser user, String path, String json) {
        return send(request(user, path, "en").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(DemoUser user, String path, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(PortalClient.anonymous().base().resolve(URI.create(path)))
                .timeout(Duration.ofSeconds(60)).header("Accept-Language", language);
        if (user != null) {
            request.header("Authorization", "Bearer " + Tokens.accessToken(user));
        }
        return request;
    }

    private static <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return HTTP.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** @return the text of a PDF, as PDFBox extracts it */
    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return all bytes of a stream */
    static byte[] bytes(InputStream in) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
