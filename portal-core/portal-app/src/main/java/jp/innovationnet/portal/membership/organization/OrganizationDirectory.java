package jp.innovationnet.portal.membership.organization;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jp.innovationnet.portal.text.JapaneseText;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/** Reads organizations. */
@ApplicationScoped
public class OrganizationDirectory {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** @param id an alias @return the organization */
    public Optional<Organization> find(String id) {
        return Optional.ofNullable(em.find(Organization.class, id));
    }

    /**
     * The active organizations, for plugins. Native SQL on the stored codes: EclipseLink 4.0 binds enum query
     * parameters by ordinal, not through their converters, which PostgreSQL refuses.
     *
     * @param region a region, or empty for all
     * @return the active organizations, by Japanese name
     */
    @SuppressWarnings("unchecked")
    public List<Organization> activeInRegion(Optional<String> region) {
        String active = new Converters.Status().convertToDatabaseColumn(MembershipStatus.ACTIVE);
        if (region.isPresent()) {
            Optional<Region> wanted = Region.parse(region.get());
            if (wanted.isEmpty()) {
                return List.of();
            }
            String code = new Converters.RegionName().convertToDatabaseColumn(wanted.get());
            return em.createNativeQuery("select * from organization where status = ?1 and region = ?2"
                    + " order by name_ja", Organization.class).setParameter(1, active).setParameter(2, code)
                    .getResultList();
        }
        return em.createNativeQuery("select * from organization where status = ?1 order by name_ja", Organization.class)
                .setParameter(1, active).getResultList();
    }

    /**
     * How many active members each prefecture has (for the directory's map). Native SQL on the stored codes, for
     * the same reason as {@link #activeInRegion}.
     *
     * @return JIS X 0401 code to number of active members; prefectures without any are absent
     */
    public Map<String, Long> activeMembersByPrefecture() {
        List<?> rows = em.createNativeQuery("select prefecture, count(*) from organization where status = ?1"
                        + " and kind = ?2 and prefecture is not null group by prefecture")
                .setParameter(1, new Converters.Status().convertToDatabaseColumn(MembershipStatus.ACTIVE))
                .setParameter(2, new Converters.Kind().convertToDatabaseColumn(OrganizationKind.MEMBER))
                .getResultList();
        Map<String, Long> counts = new TreeMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            counts.put((String) columns[0], ((Number) columns[1]).longValue());
        }
        return counts;
    }

    /**
     * The network's public member list: active members' names, prefecture and website, in Japanese dictionary
     * order of their reading (or, without one, of their name without its legal form).
     *
     * @return the members
     */
    public List<PublicMember> publicMembers() {
        List<?> rows = em.createNativeQuery("select id, name_ja, name_en, name_reading, prefecture, website"
                        + " from organization where status = ?1 and kind = ?2")
                .setParameter(1, new Converters.Status().convertToDatabaseColumn(MembershipStatus.ACTIVE))
                .setParameter(2, new Converters.Kind().convertToDatabaseColumn(OrganizationKind.MEMBER))
                .getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(c -> new PublicMember((String) c[0], (String) c[1], (String) c[2],
                        c[4] == null ? null : Prefecture.ofCode((String) c[4]).orElse(null), (String) c[5],
                        c[3] != null ? (String) c[3] : JapaneseText.withoutLegalForm((String) c[1])))
                .sorted(Comparator.comparing(PublicMember::sortName, JapaneseText.japaneseOrder()))
                .toList();
    }

    /**
     * A member as the public member list shows it.
     *
     * @param id         its alias
     * @param nameJa     its Japanese name, as written
     * @param nameEn     its English name
     * @param prefecture its prefecture, or null
     * @param website    its website, or null
     * @param sortName   what it sorts by
     */
    public record PublicMember(String id, String nameJa, String nameEn, Prefecture prefecture, String website,
                               String sortName) {
    }

    /**
     * The registry as the secretariat lists it: by status and kind, ordered by alias.
     *
     * @param status a status, or null for all
     * @param kind   a kind, or null for all
     * @param offset how many to skip
     * @param limit  how many at most
     * @return one page of organizations
     */
    public List<Organization> page(MembershipStatus status, OrganizationKind kind, int offset, int limit) {
        TypedQuery<Organization> query = em.createQuery("select o from Organization o" + where(status, kind)
                + " order by o.id", Organization.class);
        return bind(query, status, kind).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /**
     * @param status a status, or null for all
     * @param kind   a kind, or null for all
     * @return how many organizations {@link #page} pages through
     */
    public long count(MembershipStatus status, OrganizationKind kind) {
        return bind(em.createQuery("select count(o) from Organization o" + where(status, kind), Long.class),
                status, kind).getSingleResult();
    }

    private static String where(MembershipStatus status, OrganizationKind kind) {
        if (status == null && kind == null) {
            return "";
        }
        return " where " + (status == null ? "" : "o.status = :status")
                + (status != null && kind != null ? " and " : "") + (kind == null ? "" : "o.kind = :kind");
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, MembershipStatus status, OrganizationKind kind) {
        if (status != null) {
            query.setParameter("status", status);
        }
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        return query;
    }

    /**
     * Duplicate detection: an organization (a member, or an application not turned down) whose Japanese name is
     * the same as {@code nameJa} once both are folded by {@link JapaneseText#foldName} (width, kana, case, blanks
     * and legal-form prefixes ignored). Looks the folded name up in the indexed {@code name_key} column; rows
     * written without a key (by SQL, e.g. the seed) are folded here.
     *
     * @param nameJa a Japanese name as someone wrote it
     * @return the alias of an organization with the same name
     */
    public Optional<String> withSameName(String nameJa) {
        String wanted = Organization.nameKeyOf(nameJa);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("select o.id, o.nameJa, o.nameKey from Organization o where o.status <> :rejected"
                        + " and (o.nameKey = :key or o.nameKey is null)", Object[].class)
                .setParameter("rejected", MembershipStatus.REJECTED).setParameter("key", wanted).getResultStream()
                .filter(row -> row[2] != null || wanted.equals(Organization.nameKeyOf((String) row[1])))
                .map(row -> (String) row[0]).findFirst();
    }
}
