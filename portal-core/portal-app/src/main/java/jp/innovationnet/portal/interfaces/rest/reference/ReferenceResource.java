package jp.innovationnet.portal.interfaces.rest.reference;

import java.util.Arrays;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.innovationnet.portal.membership.organization.ActivityField;
import jp.innovationnet.portal.membership.organization.Coded;
import jp.innovationnet.portal.membership.organization.LegalForm;
import jp.innovationnet.portal.membership.organization.MembershipClass;
import jp.innovationnet.portal.membership.organization.MembershipStatus;
import jp.innovationnet.portal.membership.organization.OrganizationKind;
import jp.innovationnet.portal.membership.organization.Prefecture;
import jp.innovationnet.portal.membership.organization.Region;
import jp.innovationnet.portal.membership.organization.SupportService;

/**
 * {@code GET /api/public/reference}: prefectures (JIS X 0401 code, names, region), regions, organization kinds,
 * membership classes and statuses, legal forms, fields of activity and support services, each with its code and
 * labels in Japanese and English. Public and cacheable: the web portal's forms, filters and map use it, so labels
 * live in one place (the server's enums).
 */
@Path("public/reference")
@PermitAll
@ApplicationScoped
public class ReferenceResource {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private final String body = build();

    /** @return the lists, cacheable for a day */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response reference() {
        CacheControl day = new CacheControl();
        day.setMaxAge(86_400);
        return Response.ok(body).cacheControl(day).build();
    }

    private static String build() {
        JsonArrayBuilder prefectures = JSON.createArrayBuilder();
        for (Prefecture p : Prefecture.values()) {
            prefectures.add(JSON.createObjectBuilder().add("code", p.code()).add("ja", p.nameJa()).add("en", p.nameEn())
                    .add("region", p.region().nameEn()));
        }
        JsonArrayBuilder regions = JSON.createArrayBuilder();
        for (Region r : Region.values()) {
            regions.add(JSON.createObjectBuilder().add("code", r.nameEn()).add("ja", r.nameJa()).add("en", r.nameEn()));
        }
        return JSON.createObjectBuilder()
                .add("prefectures", prefectures)
                .add("regions", regions)
                .add("kinds", coded(OrganizationKind.values()))
                .add("membershipClasses", coded(MembershipClass.values()))
                .add("statuses", coded(MembershipStatus.values()))
                .add("legalForms", coded(LegalForm.values()))
                .add("fields", coded(ActivityField.values()))
                .add("services", coded(SupportService.values()))
                .build().toString();
    }

    private static JsonArrayBuilder coded(Coded[] values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        Arrays.stream(values).forEach(v -> array.add(JSON.createObjectBuilder().add("code", v.code())
                .add("ja", v.labelJa()).add("en", v.labelEn())));
        return array;
    }
}
