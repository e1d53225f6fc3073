package jp.innovationnet.portal.plugins.inquiries.routingrule;

import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;

/** One of the secretariat's routing rules: inquiries of a topic and/or region may go to an organization. */
@Entity
@Table(name = "inquiries_routing_rule")
public class RoutingRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String topic;

    private String region;

    @Column(name = "organization_id", nullable = false)
    private String organizationId;

    @Column(nullable = false)
    private int position;

    protected RoutingRule() {
    }

    RoutingRule(RuleDraft draft) {
        change(draft);
    }

    /** @param draft what the rule says from now on */
    void change(RuleDraft draft) {
        topic = draft.topic() == null ? null : draft.topic().code();
        region = draft.region() == null ? null : draft.region().code();
        organizationId = draft.organizationId();
        position = draft.position();
    }

    /** @return the database id (null until persisted) */
    public Long id() {
        return id;
    }

    /** @return the topic, or empty for any topic */
    public Optional<Topic> topic() {
        return Coded.byCode(Topic.values(), topic);
    }

    /** @return the region, or empty for any region */
    public Optional<Region> region() {
        return Coded.byCode(Region.values(), region);
    }

    /** @return the organization's alias */
    public String organizationId() {
        return organizationId;
    }

    /** @return the rule's place in the list */
    public int position() {
        return position;
    }

    /** @return what the rule says */
    public RuleDraft draft() {
        return new RuleDraft(topic().orElse(null), region().orElse(null), organizationId, position);
    }
}
