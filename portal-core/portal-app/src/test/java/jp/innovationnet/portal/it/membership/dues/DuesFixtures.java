package jp.innovationnet.portal.it.membership.dues;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import jakarta.json.JsonObject;

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
     * Registers an active member through the secretariat's registry API (the one place to adapt when that API
     * changes). An organization registered by an earlier test class is taken as it is.
     *
     * @param id              its alias
     * @param nameJa          its Japanese name
     * @param membershipClass full or supporting
     * @param primaryContact  its primary contact's address, or null for none
     */
    static void registerMember(String id, String nameJa, String membershipClass, String primaryContact) {
        String contacts = primaryContact == null ? "[]"
                : "[{\"name\":\"会費 担当\",\"email\":\"%s\",\"primary\":true}]".formatted(primaryContact);
        HttpResponse<String> registered = as(DemoUser.SECRETARIAT).postJson("/api/organizations", """
                {"id":"%s","nameJa":"%s","nameEn":"%s","kind":"member","prefecture":"Tokyo","region":"Kanto",
                 "membershipClass":"%s","contacts":%s}""".formatted(id, nameJa, id, membershipClass, contacts));
        assertThat(registered.statusCode()).as(registered.body()).isIn(201, 409);
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
