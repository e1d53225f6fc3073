package jp.innovationnet.portal.it.reference;

import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.PortalClient;
import jp.innovationnet.portal.it.support.RunsOnH2AndPostgresql;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network's business-day calendar in the running portal (Jollyday and its JAXB runtime inside the WAR), as
 * screens read it at {@code /api/public/business-days} and plugins through {@code context.businessDays()}: Golden
 * Week 2026, a citizens' holiday, the year-end break, and refused periods named in the reader's language. Public: a
 * visitor reads it. (Runs on both databases only because the suite's stages select by tag; it touches none.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2AndPostgresql
class BusinessDaysIT {

    private static final String BASE = "/api/public/business-days";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void goldenWeek2026HasFiveBusinessDaysInThirteenWithTheSubstituteHolidayNamed() {
        HttpResponse<String> response = PortalClient.anonymous().get(BASE + "?from=2026-04-28&to=2026-05-10");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject days = (JsonObject) PortalClient.json(response);
        assertThat(days.getInt("businessDays")).isEqualTo(5);
        List<JsonObject> off = days.getJsonArray("daysOff").getValuesAs(JsonObject.class);
        assertThat(off).extracting(d -> d.getString("date")).containsExactly("2026-04-29", "2026-05-02",
                "2026-05-03", "2026-05-04", "2026-05-05", "2026-05-06", "2026-05-09", "2026-05-10");
        JsonObject substitute = off.get(5);
        assertThat(substitute.getString("reason")).isEqualTo("holiday");
        assertThat(substitute.getString("ja")).isEqualTo("振替休日");
        assertThat(substitute.getString("en")).isEqualTo("Substitute holiday");
        assertThat(off.get(0).getString("ja")).isEqualTo("昭和の日");
        assertThat(off.get(1).getString("reason")).isEqualTo("weekend");
    }

    @Test
    void citizensHolidayAndYearEndBreakAreDaysOff() {
        JsonObject autumn = (JsonObject) PortalClient.json(PortalClient.anonymous()
                .get(BASE + "?from=2026-09-22&to=2026-09-22"));
        assertThat(autumn.getJsonArray("daysOff").getJsonObject(0).getString("ja")).isEqualTo("国民の休日");
        JsonObject yearEnd = (JsonObject) PortalClient.json(PortalClient.anonymous()
                .get(BASE + "?from=2026-12-28&to=2027-01-04"));
        assertThat(yearEnd.getInt("businessDays")).isEqualTo(2);
    }

    @Test
    void aRefusedPeriodNamesItsFieldInTheReadersLanguage() {
        PortalClient visitor = PortalClient.anonymous();
        assertField(visitor.get(BASE + "?from=2026-13-01&to=2026-05-01", "en"), "from", "must be a date");
        assertField(visitor.get(BASE + "?from=2026-05-01&to=2026-04-01", "ja"), "to", "開始日以降");
        assertField(visitor.get(BASE + "?from=2026-05-01", "en"), "to", "is required");
        assertField(visitor.get(BASE + "?from=2026-01-01&to=2029-01-01", "en"), "to", "800 days");
        assertField(visitor.get(BASE + "?from=1970-01-01&to=1970-01-02", "ja"), "from", "1980-01-01");
    }

    private static void assertField(HttpResponse<String> response, String field, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonObject errors = ((JsonObject) PortalClient.json(response)).getJsonObject("errors");
        assertThat(errors.getString(field)).as(response.body()).contains(message);
    }
}
