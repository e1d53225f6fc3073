package jp.innovationnet.portal.plugins.inquiries.routingrule;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;

/** The routing rules in the request's transaction. */
public final class RoutingRules {

    private final EntityManager em;

    /** @param em the request's entity manager */
    public RoutingRules(EntityManager em) {
        this.em = em;
    }

    /** @return every rule, in position order */
    public List<RoutingRule> all() {
        return em.createQuery("SELECT r FROM RoutingRule r ORDER BY r.position, r.id", RoutingRule.class)
                .getResultList();
    }

    /** @param id a rule id @return the rule */
    public Optional<RoutingRule> find(long id) {
        return Optional.ofNullable(em.find(RoutingRule.class, id));
    }

    /**
     * @param draft what the new rule says
     * @return the rule, with its id
     */
    public RoutingRule add(RuleDraft draft) {
        RoutingRule rule = new RoutingRule(draft);
        em.persist(rule);
        em.flush();
        return rule;
    }

    /**
     * @param rule  a rule
     * @param draft what it says from now on
     */
    public void change(RoutingRule rule, RuleDraft draft) {
        rule.change(draft);
        em.flush();
    }

    /** @param rule a rule to delete */
    public void remove(RoutingRule rule) {
        em.remove(rule);
    }

    /**
     * @param draft   what a rule would say
     * @param besides a rule to leave out of the comparison (the one being changed), or null
     * @return whether another rule already sends the same topic and region to the same organization
     */
    public boolean duplicates(RuleDraft draft, Long besides) {
        return all().stream().anyMatch(rule -> !rule.id().equals(besides)
                && rule.topic().orElse(null) == draft.topic() && rule.region().orElse(null) == draft.region()
                && rule.organizationId().equals(draft.organizationId()));
    }

    /**
     * @param topic  an inquiry's topic
     * @param region its region, or null
     * @return the organizations the rules suggest, most specific rules only, in position order
     */
    public List<String> suggest(Topic topic, Region region) {
        return RoutingSuggestion.organizations(all(), topic, region);
    }
}
