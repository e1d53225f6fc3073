package jp.innovationnet.portal.it.support;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry's CSV endpoints as the secretariat calls them, and the published member list of 2009
 * ({@code data/members-2009.csv}). Tests of one server share its registry, so what a test imports carries a random
 * token of its own, and the published list is imported once by whichever test needs it first.
 */
public final class Registry {

    /** The published list as committed (with the alias column). */
    public static final Path PUBLISHED = Path.of("../../data/members-2009.csv");

    private Registry() {
    }

    /** @return the published list's bytes */
    public static byte[] published() {
        try {
            return Files.readAllBytes(PUBLISHED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return its lines, header first */
    public static List<String> publishedLines() {
        return new String(published(), StandardCharsets.UTF_8).lines().toList();
    }

    /** @return six random lower-case letters, to keep one test's organizations apart from another's */
    public static String token() {
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            token.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return token.toString();
    }

    public static HttpResponse<String> dryRun(String file, byte[] csv) {
        return PortalClient.as(DemoUser.SECRETARIAT).postBytes("/api/registry/import/dry-run?file=" + encode(file),
                "text/csv", csv);
    }

    public static HttpResponse<String> importAll(String file, byte[] csv) {
        return PortalClient.as(DemoUser.SECRETARIAT).postBytes("/api/registry/import?file=" + encode(file),
                "text/csv", csv);
    }

    /** @return the registry as the export writes it, parsed (the byte-order mark dropped) */
    public static List<CSVRecord> export() {
        HttpResponse<String> response = PortalClient.as(DemoUser.SECRETARIAT).get("/api/registry/export");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String body = response.body();
        assertThat(body).startsWith("\uFEFF");
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(body.substring(1))).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Imports the rows of the published list that are not registered yet (other tests may have registered some
     * of its organizations through other endpoints), so that all 65 are registered afterwards.
     */
    public static void ensurePublishedImported() {
        JsonObject dry = (JsonObject) PortalClient.json(dryRun("members-2009.csv", published()));
        Set<Integer> taken = dry.getJsonArray("problems").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("severity").equals("error")).map(p -> p.getInt("line"))
                .collect(Collectors.toSet());
        List<String> lines = publishedLines();
        StringBuilder rest = new StringBuilder(lines.get(0)).append('\n');
        for (int line = 2; line <= lines.size(); line++) {
            if (!taken.contains(line)) {
                rest.append(lines.get(line - 1)).append('\n');
            }
        }
        if (taken.size() < lines.size() - 1) {
            HttpResponse<String> imported = importAll("members-2009.csv", rest.toString()
                    .getBytes(StandardCharsets.UTF_8));
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
