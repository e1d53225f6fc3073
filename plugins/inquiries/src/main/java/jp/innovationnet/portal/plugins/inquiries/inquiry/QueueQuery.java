package jp.innovationnet.portal.plugins.inquiries.inquiry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * The JPQL of one queue query: the inquiry {@code i}, the referrals it is joined to, the conditions and their
 * parameters, and an order in which the database can read the page straight from an index.
 *
 * <p>The queue is newest first, in order of arrival ({@code i.id}, an identity). An index can deliver that order only
 * when the {@code ORDER BY} starts with the columns an equality condition fixes: H2 does not skip them by itself
 * (PostgreSQL does). So the order names them first, descending like the rest, which changes nothing in the result:
 * {@code status, id} for a status, {@code topic, region, id} for both, or a referral's
 * {@code organization_id, inquiry_id} when the list is an organization's and nothing on the inquiry narrows it.
 * Every such order has its index (the inquiry's from migration V7, the referral's since V1).
 */
final class QueueQuery {

    private final List<String> joins = new ArrayList<>();
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final Set<String> fixed = new HashSet<>();
    private Optional<String> firstReferral = Optional.empty();

    /**
     * Keeps inquiries routed to an organization (in any referral status): a join, as an organization has at most one
     * referral per inquiry.
     *
     * @param alias        the referral's alias, also its parameter's name
     * @param organization the organization
     */
    void routedTo(String alias, String organization) {
        joins.add(", Referral " + alias);
        condition(alias + ".inquiryId = i.id AND " + alias + ".organizationId = :" + alias, alias, organization);
        if (firstReferral.isEmpty()) {
            firstReferral = Optional.of(alias);
        }
    }

    /**
     * Keeps inquiries whose column has a value; the column may lead the order.
     *
     * @param field the inquiry's field ({@code status}, {@code topic}, {@code region})
     * @param value the value
     */
    void equal(String field, Object value) {
        condition("i." + field + " = :" + field, field, value);
        fixed.add(field);
    }

    /**
     * @param condition a condition on {@code i} and the joined referrals
     * @param name      its parameter's name
     * @param value     its parameter
     */
    void condition(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
    }

    /** @param condition a condition without a parameter of its own */
    void condition(String condition) {
        conditions.add(condition);
    }

    /** @param name a parameter's name @param value its value, for a condition added without it */
    void parameter(String name, Object value) {
        parameters.put(name, value);
    }

    /**
     * @param em the entity manager
     * @return the query of the inquiries' ids, newest first
     */
    TypedQuery<Long> ids(EntityManager em) {
        TypedQuery<Long> query = em.createQuery("SELECT i.id FROM Inquiry i" + String.join("", joins)
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY " + order(), Long.class);
        parameters.forEach(query::setParameter);
        return query;
    }

    private String order() {
        if (fixed.contains("topic") && fixed.contains("region")) {
            return "i.topic DESC, i.region DESC, i.id DESC";
        }
        for (String field : List.of("status", "region", "topic")) {
            if (fixed.contains(field)) {
                return "i." + field + " DESC, i.id DESC";
            }
        }
        return firstReferral.map(v -> v + ".organizationId DESC, " + v + ".inquiryId DESC").orElse("i.id DESC");
    }
}
