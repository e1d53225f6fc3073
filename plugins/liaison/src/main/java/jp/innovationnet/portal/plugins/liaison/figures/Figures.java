package jp.innovationnet.portal.plugins.liaison.figures;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugin.api.kit.BusinessDays;
import jp.innovationnet.portal.plugin.api.kit.DatePeriod;
import jp.innovationnet.portal.plugins.liaison.interest.AgreementKind;
import jp.innovationnet.portal.plugins.liaison.interest.Interest;
import jp.innovationnet.portal.plugins.liaison.opportunity.Opportunity;
import jp.innovationnet.portal.plugins.liaison.opportunity.OpportunityKind;

/**
 * The liaison desk in figures for a period of days in Japan, as the Enterprise Europe Network reports them:
 * opportunities published by kind and by country, expressions of interest, introductions, partnership agreements by
 * kind. Counts only; no company and no text.
 *
 * @param period        the period
 * @param byKind        opportunities first published in it, by kind
 * @param byCountry     the same by country (an opportunity counts for each of its countries)
 * @param interests     expressions of interest made in it
 * @param introductions introductions made in it
 * @param agreements    partnership agreements signed in it, by kind
 */
public record Figures(DatePeriod period, Map<OpportunityKind, Long> byKind, Map<String, Long> byCountry,
                      long interests, long introductions, Map<AgreementKind, Long> agreements) {

    /** @param em the entity manager @param period the period @return its figures */
    public static Figures of(EntityManager em, DatePeriod period) {
        OffsetDateTime from = period.from().atStartOfDay(BusinessDays.ZONE).toOffsetDateTime();
        OffsetDateTime to = period.to().plusDays(1).atStartOfDay(BusinessDays.ZONE).toOffsetDateTime();
        List<Opportunity> published = em.createQuery("select o from Opportunity o where o.publishedAt >= :from"
                        + " and o.publishedAt < :to", Opportunity.class).setParameter("from", from)
                .setParameter("to", to).getResultList();
        Map<OpportunityKind, Long> byKind = new TreeMap<>(published.stream()
                .collect(Collectors.groupingBy(o -> o.content().kind(), Collectors.counting())));
        Map<String, Long> byCountry = new TreeMap<>(published.stream()
                .flatMap(o -> o.content().countries().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())));
        long interests = count(em, "createdAt", from, to);
        long introductions = count(em, "introducedAt", from, to);
        Map<AgreementKind, Long> agreements = new TreeMap<>(em.createQuery("select i from Interest i"
                        + " where i.agreedAt >= :from and i.agreedAt < :to", Interest.class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .collect(Collectors.groupingBy(Interest::agreement, Collectors.counting())));
        return new Figures(period, byKind, byCountry, interests, introductions, agreements);
    }

    private static long count(EntityManager em, String attribute, OffsetDateTime from, OffsetDateTime to) {
        return em.createQuery("select count(i) from Interest i where i." + attribute + " >= :from and i."
                + attribute + " < :to", Long.class).setParameter("from", from).setParameter("to", to)
                .getSingleResult();
    }

}
