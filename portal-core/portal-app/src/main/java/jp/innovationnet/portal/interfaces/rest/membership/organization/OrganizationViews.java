package jp.innovationnet.portal.interfaces.rest.membership.organization;

import java.util.Collection;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import jp.innovationnet.portal.membership.organization.Coded;
import jp.innovationnet.portal.membership.organization.Contact;
import jp.innovationnet.portal.membership.organization.MembershipTransition;
import jp.innovationnet.portal.membership.organization.Organization;
import jp.innovationnet.portal.membership.organization.OrganizationProfile;

/**
 * How an organization is shown, by who asks:
 * <ul>
 *   <li>{@link Visibility#PUBLIC}: what every logged-in user may see of an active organization: names, kind, class,
 *       place, website, fields, services, profile texts, and its {@code version};</li>
 *   <li>{@link Visibility#PRIVATE}: for its own people and the secretariat, also its contacts, e-mail domains,
 *       member number and when the record was created and last changed.</li>
 * </ul>
 * The {@code profile} member has the shape of {@link ProfileInput}, so a client can edit what it read and send it
 * back with the {@code version} it read.
 */
public final class OrganizationViews {

    /** How much of an organization a caller may see. */
    public enum Visibility {
        /** Everything but contacts and other private fields. */
        PUBLIC,
        /** The whole record. */
        PRIVATE
    }

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private OrganizationViews() {
    }

    /**
     * @param o          the organization
     * @param visibility how much to show
     * @return its JSON representation
     */
    public static JsonObject of(Organization o, Visibility visibility) {
        OrganizationProfile p = o.profile();
        JsonObjectBuilder profile = JSON.createObjectBuilder();
        add(profile, "nameJa", p.nameJa());
        add(profile, "nameEn", p.nameEn());
        add(profile, "nameReading", p.nameReading());
        add(profile, "legalForm", p.legalForm() == null ? null : p.legalForm().code());
        add(profile, "prefecture", p.prefecture() == null ? null : p.prefecture().code());
        add(profile, "region", p.region() == null ? null : p.region().nameEn());
        add(profile, "postalCode", p.postalCode());
        add(profile, "addressJa", p.addressJa());
        add(profile, "addressEn", p.addressEn());
        add(profile, "website", p.website());
        profile.add("fields", codes(p.fields()));
        profile.add("services", codes(p.services()));
        add(profile, "profileJa", p.profileJa());
        add(profile, "profileEn", p.profileEn());
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", o.getId())
                .add("kind", o.getKind().code())
                .add("status", o.getStatus().code())
                .add("version", o.getVersion());
        add(json, "membershipClass", o.getMembershipClass() == null ? null : o.getMembershipClass().code());
        if (visibility == Visibility.PRIVATE) {
            JsonArrayBuilder contacts = JSON.createArrayBuilder();
            p.contacts().forEach(c -> contacts.add(contact(c)));
            profile.add("contacts", contacts);
            if (o.getMemberNumber() != null) {
                json.add("memberNumber", o.getMemberNumber());
            }
            JsonArrayBuilder domains = JSON.createArrayBuilder();
            o.getDomains().stream().sorted().forEach(domains::add);
            json.add("domains", domains)
                    .add("createdAt", o.getCreatedAt().toString())
                    .add("updatedAt", o.getUpdatedAt().toString());
        }
        return json.add("profile", profile).build();
    }

    /**
     * @param t one step of an organization's lifecycle
     * @return its JSON representation
     */
    public static JsonObject of(MembershipTransition t) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("occurredAt", t.getOccurredAt().toString())
                .add("to", t.getTo().code())
                .add("actorId", t.getActorId())
                .add("actorName", t.getActorName());
        add(json, "from", t.getFrom() == null ? null : t.getFrom().code());
        add(json, "reason", t.getReason());
        return json.build();
    }

    private static JsonObject contact(Contact c) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("name", c.name()).add("email", c.email())
                .add("primary", c.primary());
        add(json, "title", c.title());
        add(json, "phone", c.phone());
        return json.build();
    }

    private static JsonArrayBuilder codes(Collection<? extends Coded> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.stream().map(Coded::code).sorted().forEach(array::add);
        return array;
    }

    private static void add(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
