package jp.innovationnet.portal.interfaces.rest.directory;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import jp.innovationnet.portal.directory.DirectoryCursor;
import jp.innovationnet.portal.directory.DirectoryPage;
import jp.innovationnet.portal.directory.DirectoryQuery;
import jp.innovationnet.portal.directory.DirectorySearch;
import jp.innovationnet.portal.directory.DirectorySort;
import jp.innovationnet.portal.directory.DirectoryView;
import jp.innovationnet.portal.identity.Authenticated;
import jp.innovationnet.portal.identity.CurrentCaller;
import jp.innovationnet.portal.identity.PortalCaller;
import jp.innovationnet.portal.identity.PortalRole;
import jp.innovationnet.portal.interfaces.rest.problem.Problem;
import jp.innovationnet.portal.membership.organization.ActivityField;
import jp.innovationnet.portal.membership.organization.Coded;
import jp.innovationnet.portal.membership.organization.MembershipStatus;
import jp.innovationnet.portal.membership.organization.OrganizationKind;
import jp.innovationnet.portal.membership.organization.Prefecture;
import jp.innovationnet.portal.membership.organization.Region;

/**
 * {@code GET /api/directory/organizations}: the member directory for every logged-in user, public data only.
 * Parameters: {@code q} (text, see {@link jp.innovationnet.portal.directory.SearchText}), {@code region},
 * {@code prefecture}, {@code kind}, {@code field} (each repeatable; any value of one matches), {@code status}
 * (secretariat only; repeatable, or {@code all}; others see active organizations), {@code sort}
 * ({@code reading} or {@code name-en}), {@code limit} (1-100, default 20) and {@code cursor} (the {@code next} of
 * the previous page). Overseas partners get the English view, searched in English and sorted by English name.
 * Answer: {@code {"total": n, "totalExact": true|false, "view": "full"|"english", "sort": ..., "items": [...],
 * "next": cursor|null}}; the total is exact up to 1,000 matches and a lower bound beyond.
 */
@Path("directory/organizations")
@RequestScoped
@Authenticated
public class DirectoryResource {

    @Inject
    DirectorySearch search;

    @Inject
    CurrentCaller currentCaller;

    /**
     * @return one page of the directory; 400 naming the parameter for a bad value, 403 for {@code status} asked by
     *         anyone but the secretariat
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String search(@QueryParam("q") String text,
                         @QueryParam("region") List<String> regions,
                         @QueryParam("prefecture") List<String> prefectures,
                         @QueryParam("kind") List<String> kinds,
                         @QueryParam("field") List<String> fields,
                         @QueryParam("status") List<String> statuses,
                         @QueryParam("sort") String sort,
                         @QueryParam("limit") @DefaultValue("20") String limit,
                         @QueryParam("cursor") String cursor) {
        PortalCaller caller = currentCaller.get();
        boolean overseas = caller.roles().contains(PortalRole.OVERSEAS_PARTNER.roleName())
                && !caller.roles().contains(PortalRole.SECRETARIAT.roleName());
        DirectoryView view = overseas ? DirectoryView.ENGLISH : DirectoryView.FULL;
        DirectorySort order = sort == null || sort.isBlank()
                ? (view == DirectoryView.ENGLISH ? DirectorySort.NAME_EN : DirectorySort.READING)
                : DirectorySort.parse(sort)
                        .orElseThrow(() -> invalid("sort", "reading or name-en", "reading か name-en"));
        Optional<DirectoryCursor> after = cursor == null || cursor.isBlank() ? Optional.empty()
                : Optional.of(DirectoryCursor.parse(cursor).filter(c -> c.sort() == order)
                        .orElseThrow(() -> invalid("cursor", "the next value of the previous page, in the same order",
                                "前のページの next の値（同じ並び順）")));
        DirectoryQuery query = new DirectoryQuery(text == null ? "" : text,
                parse("region", regions, v -> Region.parse(v), "a region, e.g. Kanto", "地域（例: 関東）"),
                parse("prefecture", prefectures, v -> Prefecture.parse(v), "a prefecture, e.g. Tokyo or 13",
                        "都道府県（例: 東京都、13）"),
                parse("kind", kinds, v -> Coded.parse(OrganizationKind.class, v), Coded.codesOf(OrganizationKind.class),
                        null),
                parse("field", fields, v -> Coded.parse(ActivityField.class, v), Coded.codesOf(ActivityField.class),
                        null),
                statuses(caller, statuses), view, order, limit(limit), after);
        return json(search.search(query), view, order);
    }

    private static Set<MembershipStatus> statuses(PortalCaller caller, List<String> values) {
        if (values == null || values.isEmpty()) {
            return Set.of(MembershipStatus.ACTIVE);
        }
        if (!caller.roles().contains(PortalRole.SECRETARIAT.roleName())) {
            throw new ForbiddenException("status: only the secretariat sees organizations that are not active"
                    + " / 有効でない団体は事務局だけが見られます");
        }
        if (values.contains("all")) {
            return EnumSet.allOf(MembershipStatus.class);
        }
        return parse("status", values, v -> Coded.parse(MembershipStatus.class, v),
                "all or " + Coded.codesOf(MembershipStatus.class), null);
    }

    private static int limit(String value) {
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= DirectoryQuery.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw invalid("limit", "a whole number from 1 to " + DirectoryQuery.MAX_LIMIT,
                "1〜" + DirectoryQuery.MAX_LIMIT + " の整数");
    }

    private static <T> Set<T> parse(String parameter, List<String> values, Function<String, Optional<T>> parser,
                                    String expectedEn, String expectedJa) {
        if (values == null) {
            return Set.of();
        }
        Set<T> parsed = new java.util.HashSet<>();
        for (String value : values) {
            for (String one : value.split(",")) {
                if (!one.isBlank()) {
                    parsed.add(parser.apply(one.strip()).orElseThrow(() -> invalid(parameter, expectedEn, expectedJa)));
                }
            }
        }
        return parsed;
    }

    /** @return a 400 problem naming the parameter, in English and Japanese (codes are the same in both) */
    private static RuntimeException invalid(String parameter, String expectedEn, String expectedJa) {
        return Problem.invalidField(parameter, "expected " + expectedEn + " / "
                + (expectedJa == null ? expectedEn + " のいずれか" : expectedJa) + "を指定してください").asException();
    }

    private static String json(DirectoryPage page, DirectoryView view, DirectorySort sort) {
        StringBuilder json = new StringBuilder(256 + page.items().stream().mapToInt(String::length).sum());
        json.append("{\"total\":").append(page.total()).append(",\"totalExact\":").append(page.totalExact())
                .append(",\"view\":\"").append(view == DirectoryView.ENGLISH ? "english" : "full")
                .append("\",\"sort\":\"").append(sort.code())
                .append("\",\"items\":[").append(String.join(",", page.items())).append("],\"next\":")
                .append(page.next().map(c -> "\"" + c.token() + "\"").orElse("null")).append('}');
        return json.toString();
    }
}
