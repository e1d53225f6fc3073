package jp.innovationnet.portal.directory;

import java.util.Optional;
import java.util.Set;

import jp.innovationnet.portal.membership.organization.ActivityField;
import jp.innovationnet.portal.membership.organization.MembershipStatus;
import jp.innovationnet.portal.membership.organization.OrganizationKind;
import jp.innovationnet.portal.membership.organization.Prefecture;
import jp.innovationnet.portal.membership.organization.Region;

/**
 * A directory search. Within one filter any value matches; all filters must match. An empty filter does not
 * restrict.
 *
 * @param text        what the user typed (see {@link SearchText}); blank for everything
 * @param regions     regions
 * @param prefectures prefectures
 * @param kinds       kinds of organization
 * @param fields      fields of activity
 * @param statuses    statuses; never empty (members see {@link MembershipStatus#ACTIVE} only)
 * @param view        what the caller sees and searches
 * @param sort        the order
 * @param limit       the page size, 1 to {@value #MAX_LIMIT}
 * @param after       where the previous page ended, if this is a following page
 */
public record DirectoryQuery(String text, Set<Region> regions, Set<Prefecture> prefectures,
                             Set<OrganizationKind> kinds, Set<ActivityField> fields, Set<MembershipStatus> statuses,
                             DirectoryView view, DirectorySort sort, int limit, Optional<DirectoryCursor> after) {

    /** The largest page. */
    public static final int MAX_LIMIT = 100;

    public DirectoryQuery {
        regions = Set.copyOf(regions);
        prefectures = Set.copyOf(prefectures);
        kinds = Set.copyOf(kinds);
        fields = Set.copyOf(fields);
        statuses = statuses.isEmpty() ? Set.of(MembershipStatus.ACTIVE) : Set.copyOf(statuses);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
        }
        if (after.isPresent() && after.get().sort() != sort) {
            throw new IllegalArgumentException("the cursor belongs to another order");
        }
    }
}
