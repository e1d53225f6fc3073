package jp.innovationnet.portal.plugins.inquiries.inquiry;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugins.inquiries.Folding;

/**
 * Finds inquiries. Lists carry who may see them in the query itself (a condition on the referrals' organizations):
 * a page holds only inquiries the viewer may see, and counts are right.
 */
public final class InquirySearch {

    /** How many inquiries past a page the queue counts at most. */
    public static final int COUNTED_BEYOND = 1_000;

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
     * A member's own inquiries (those asked while logged in), newest first (in order of arrival; the order names the
     * asker first so that H2 reads it from the index, see {@link QueueQuery}).
     *
     * @param userId the member
     * @param offset how many to skip
     * @param limit  how many at most
     * @return the page and how many the member asked in all
     */
    public Page askedBy(String userId, int offset, int limit) {
        List<Inquiry> items = em.createQuery("SELECT i FROM Inquiry i WHERE i.askerUserId = :user"
                + " ORDER BY i.askerUserId DESC, i.id DESC", Inquiry.class).setParameter("user", userId)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        long total = em.createQuery("SELECT COUNT(i) FROM Inquiry i WHERE i.askerUserId = :user", Long.class)
                .setParameter("user", userId).getSingleResult();
        return new Page(items, total, true);
    }

    /**
     * The staff's queue: the secretariat's is every inquiry, a receiving organization's those routed to it (in any
     * referral status); anyone else's is empty. Newest first, in order of arrival. The total is exact up to
     * {@link #COUNTED_BEYOND} inquiries past the page; a longer list says only that there are more (counting a whole
     * list of 100,000 cost more than the page itself).
     *
     * @param viewer who asks
     * @param filter the narrowing and the page
     * @return the page and how many match
     */
    public Page queue(Viewer viewer, QueueFilter filter) {
        if (!viewer.secretariat() && viewer.receivingFor().isEmpty()) {
            return new Page(List.of(), 0, true);
        }
        QueueQuery query = new QueueQuery();
        if (!viewer.secretariat()) {
            query.routedTo("v", viewer.receivingFor().orElseThrow());
        }
        filter.status().ifPresent(s -> query.equal("status", s.code()));
        filter.topic().ifPresent(t -> query.equal("topic", t.code()));
        filter.region().ifPresent(r -> query.equal("region", r.code()));
        filter.receiver().ifPresent(o -> query.routedTo("r2", o));
        filter.assignedTo().ifPresent(u -> query.condition(
                "EXISTS (SELECT r3.id FROM Referral r3 WHERE r3.inquiryId = i.id AND r3.assigneeUserId = :assignee)",
                "assignee", u));
        filter.text().ifPresent(text -> {
            query.condition("(i.reference = :reference OR i.subjectFolded LIKE :subject ESCAPE '\\')");
            query.parameter("reference", text.toUpperCase(Locale.ROOT));
            query.parameter("subject", "%" + escapeLike(Folding.fold(text)) + "%");
        });
        filter.atRisk().ifPresent(risk -> {
            if (risk.overdue()) {
                query.condition("i.nextDue < :now", "now", risk.now().atOffset(ZoneOffset.UTC));
            } else {
                query.condition("i.nextDue >= :now AND i.nextDue <= :soon", "now", risk.now().atOffset(ZoneOffset.UTC));
                query.parameter("soon", risk.dueSoonUntil().atOffset(ZoneOffset.UTC));
            }
        });
        long pageEnd = (long) filter.offset() + filter.limit();
        int counted = (int) Math.min(pageEnd + COUNTED_BEYOND, Integer.MAX_VALUE - 1);
        List<Long> ids = query.ids(em).setMaxResults(counted + 1).getResultList();
        List<Long> onPage = ids.subList(Math.min(filter.offset(), ids.size()), (int) Math.min(pageEnd, ids.size()));
        return new Page(inArrivalOrder(onPage), Math.min(ids.size(), counted), ids.size() <= counted);
    }

    private List<Inquiry> inArrivalOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Inquiry> byId = em.createQuery("SELECT i FROM Inquiry i WHERE i.id IN :ids", Inquiry.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(Inquiry::id, i -> i));
        return ids.stream().map(byId::get).toList();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * One page of a list.
     *
     * @param items the inquiries on it
     * @param total      how many match in all, or when not {@code totalExact} how many were counted (there are more)
     * @param totalExact whether {@code total} is all there are
     */
    public record Page(List<Inquiry> items, long total, boolean totalExact) {
    }
}
