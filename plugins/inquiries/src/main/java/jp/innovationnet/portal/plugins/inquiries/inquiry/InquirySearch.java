package jp.innovationnet.portal.plugins.inquiries.inquiry;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Finds inquiries. Lists carry who may see them in the query itself (a condition on the referrals' organizations):
 * a page holds only inquiries the viewer may see, and counts are right.
 */
public final class InquirySearch {

    private final EntityManager em;

    /** @param em the request's entity manager */
    public InquirySearch(EntityManager em) {
        this.em = em;
    }

    /** @param reference a reference number @return its inquiry (whoever may see it: check that next) */
    public Optional<Inquiry> byReference(String reference) {
        return em.createQuery("SELECT i FROM Inquiry i WHERE i.reference = :reference", Inquiry.class)
                .setParameter("reference", reference).getResultStream().findFirst();
    }

    /** @param tokenSha256 the SHA-256 of a private link's token @return the inquiry it opens */
    public Optional<Inquiry> byTokenSha256(String tokenSha256) {
        return em.createQuery("SELECT i FROM Inquiry i WHERE i.tokenSha256 = :token", Inquiry.class)
                .setParameter("token", tokenSha256).getResultStream().findFirst();
    }

    /** @param reference a reference number @return whether an inquiry has it */
    public boolean referenceTaken(String reference) {
        return byReference(reference).isPresent();
    }

    /**
     * A member's own inquiries (those asked while logged in), newest first.
     *
     * @param userId the member
     * @param offset how many to skip
     * @param limit  how many at most
     * @return the page and how many the member asked in all
     */
    public Page askedBy(String userId, int offset, int limit) {
        List<Inquiry> items = em.createQuery("SELECT i FROM Inquiry i WHERE i.askerUserId = :user"
                + " ORDER BY i.createdAt DESC, i.id DESC", Inquiry.class).setParameter("user", userId)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        long total = em.createQuery("SELECT COUNT(i) FROM Inquiry i WHERE i.askerUserId = :user", Long.class)
                .setParameter("user", userId).getSingleResult();
        return new Page(items, total);
    }

    /**
     * The staff's queue: the secretariat's is every inquiry, a receiving organization's those routed to it (in any
     * referral status); anyone else's is empty.
     *
     * @param viewer who asks
     * @param filter the narrowing and the page
     * @return the page, newest first, and how many match in all
     */
    public Page queue(Viewer viewer, QueueFilter filter) {
        if (!viewer.secretariat() && viewer.receivingFor().isEmpty()) {
            return new Page(List.of(), 0);
        }
        List<String> joins = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        // an organization's list comes from its referrals' index (organization, inquiry) rather than from a probe per
        // inquiry: a join, as an organization has at most one referral per inquiry
        if (!viewer.secretariat()) {
            joins.add(", Referral v");
            condition(conditions, parameters, "v.inquiryId = i.id AND v.organizationId = :viewerOrg", "viewerOrg",
                    viewer.receivingFor().orElseThrow());
        }
        filter.status().ifPresent(s -> condition(conditions, parameters, "i.status = :status", "status", s.code()));
        filter.topic().ifPresent(t -> condition(conditions, parameters, "i.topic = :topic", "topic", t.code()));
        filter.region().ifPresent(r -> condition(conditions, parameters, "i.region = :region", "region", r.code()));
        filter.receiver().ifPresent(o -> {
            joins.add(", Referral r2");
            condition(conditions, parameters, "r2.inquiryId = i.id AND r2.organizationId = :receiver", "receiver", o);
        });
        filter.assignedTo().ifPresent(u -> condition(conditions, parameters,
                "EXISTS (SELECT r3.id FROM Referral r3 WHERE r3.inquiryId = i.id AND r3.assigneeUserId = :assignee)",
                "assignee", u));
        filter.text().ifPresent(text -> {
            conditions.add("(i.reference = :reference OR LOWER(i.subject) LIKE :subject ESCAPE '\\')");
            parameters.put("reference", text.toUpperCase(Locale.ROOT));
            parameters.put("subject", "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%");
        });
        filter.atRisk().ifPresent(risk -> {
            String overdue = "((i.firstResponseAt IS NULL AND i.resolvedAt IS NULL AND i.firstResponseDue < :now)"
                    + " OR (i.resolvedAt IS NULL AND i.resolutionDue < :now))";
            conditions.add(risk.overdue() ? overdue : "NOT " + overdue
                    + " AND ((i.firstResponseAt IS NULL AND i.resolvedAt IS NULL AND i.firstResponseDue <= :soon)"
                    + " OR (i.resolvedAt IS NULL AND i.resolutionDue <= :soon))");
            parameters.put("now", risk.now().atOffset(ZoneOffset.UTC));
            if (!risk.overdue()) {
                parameters.put("soon", risk.dueSoonUntil().atOffset(ZoneOffset.UTC));
            }
        });
        String from = " FROM Inquiry i" + String.join("", joins)
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
        TypedQuery<Inquiry> page = em.createQuery("SELECT i" + from + " ORDER BY i.createdAt DESC, i.id DESC",
                Inquiry.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(i)" + from, Long.class);
        parameters.forEach((name, value) -> {
            page.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new Page(page.setFirstResult(filter.offset()).setMaxResults(filter.limit()).getResultList(),
                count.getSingleResult());
    }

    private static void condition(List<String> conditions, Map<String, Object> parameters, String condition,
                                  String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * One page of a list.
     *
     * @param items the inquiries on it
     * @param total how many match in all
     */
    public record Page(List<Inquiry> items, long total) {
    }
}
