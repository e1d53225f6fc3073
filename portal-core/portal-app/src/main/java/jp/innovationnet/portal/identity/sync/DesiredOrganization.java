package jp.innovationnet.portal.identity.sync;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import jp.innovationnet.portal.membership.organization.MembershipStatus;
import jp.innovationnet.portal.membership.organization.Organization;

/**
 * What Keycloak should hold for one portal organization: alias = the portal id, name = the Japanese name (Keycloak
 * wants names unique), attributes {@code nameEn}, {@code kind}, {@code prefecture}, {@code region},
 * {@code status}, the portal's e-mail domains, and enabled while the organization's users have access.
 *
 * @param alias      the portal's organization id
 * @param name       its Japanese name
 * @param enabled    whether its users have access
 * @param attributes the attributes the portal owns (other attributes in Keycloak are left alone)
 * @param domains    e-mail domains, lower case
 */
public record DesiredOrganization(String alias, String name, boolean enabled, Map<String, String> attributes,
                                  Set<String> domains) {

    /** The attribute recording the last sync task applied to the organization (so no task is applied twice). */
    public static final String TASK_ATTRIBUTE = "portalSyncTask";

    public DesiredOrganization {
        attributes = Map.copyOf(attributes);
        domains = Set.copyOf(domains);
    }

    /**
     * @param status a membership status
     * @return whether an organization with it belongs in Keycloak: once admitted, it stays (disabled when it has no
     *         access); applications not yet admitted do not
     */
    public static boolean isSynced(MembershipStatus status) {
        return status == MembershipStatus.ACTIVE || status == MembershipStatus.SUSPENDED
                || status == MembershipStatus.WITHDRAWN;
    }

    /** @param organization a portal organization @return what Keycloak should hold for it */
    public static DesiredOrganization of(Organization organization) {
        Map<String, String> attributes = new TreeMap<>();
        attributes.put("nameEn", organization.getNameEn());
        attributes.put("kind", organization.getKind().code());
        attributes.put("status", organization.getStatus().code());
        if (organization.getPrefecture() != null) {
            attributes.put("prefecture", organization.getPrefecture().code());
        }
        if (organization.getRegion() != null) {
            attributes.put("region", organization.getRegion().nameEn());
        }
        return new DesiredOrganization(organization.getId(), organization.getNameJa(), organization.isActive(),
                attributes, new TreeSet<>(organization.getDomains()));
    }

    /** @param json a task's payload @return the state it describes */
    public static DesiredOrganization fromJson(JsonObject json) {
        Map<String, String> attributes = new TreeMap<>();
        json.getJsonObject("attributes").forEach((k, v) -> attributes.put(k, ((jakarta.json.JsonString) v).getString()));
        Set<String> domains = new TreeSet<>();
        json.getJsonArray("domains").forEach(d -> domains.add(((jakarta.json.JsonString) d).getString()));
        return new DesiredOrganization(json.getString("alias"), json.getString("name"), json.getBoolean("enabled"),
                attributes, domains);
    }

    /** @return this state as a task's payload */
    public JsonObject toJson() {
        JsonObjectBuilder attrs = Json.createObjectBuilder();
        new TreeMap<>(attributes).forEach(attrs::add);
        JsonArrayBuilder domainArray = Json.createArrayBuilder();
        new TreeSet<>(domains).forEach(domainArray::add);
        return Json.createObjectBuilder().add("alias", alias).add("name", name).add("enabled", enabled)
                .add("attributes", attrs).add("domains", domainArray).build();
    }

    /**
     * @param existing the organization as Keycloak has it, or null when it has none
     * @param taskId   the task applying this state
     * @return the Keycloak representation to create or put: this state over what Keycloak has (its id,
     *         description and attributes the portal does not own are kept)
     */
    public JsonObject representation(JsonObject existing, long taskId) {
        JsonObjectBuilder attrs = Json.createObjectBuilder();
        if (existing != null && existing.containsKey("attributes")) {
            existing.getJsonObject("attributes").forEach(attrs::add);
        }
        attributes.forEach((k, v) -> attrs.add(k, Json.createArrayBuilder().add(v)));
        attrs.add(TASK_ATTRIBUTE, Json.createArrayBuilder().add(Long.toString(taskId)));
        JsonArrayBuilder domainArray = Json.createArrayBuilder();
        new TreeSet<>(domains).forEach(d -> domainArray.add(Json.createObjectBuilder().add("name", d)));
        JsonObjectBuilder rep = Json.createObjectBuilder();
        if (existing != null) {
            existing.forEach((k, v) -> {
                if (k.equals("id") || k.equals("description") || k.equals("redirectUrl")) {
                    rep.add(k, v);
                }
            });
        }
        return rep.add("alias", alias).add("name", name).add("enabled", enabled).add("attributes", attrs)
                .add("domains", domainArray).build();
    }

    /**
     * @param existing the organization as Keycloak has it
     * @return the differences between it and this state, as readable text (empty when none)
     */
    public String driftFrom(JsonObject existing) {
        StringBuilder drift = new StringBuilder();
        if (!name.equals(existing.getString("name", ""))) {
            drift.append("name; ");
        }
        if (enabled != existing.getBoolean("enabled", true)) {
            drift.append("enabled; ");
        }
        JsonObject attrs = existing.getJsonObject("attributes");
        for (var attribute : attributes.entrySet()) {
            String actual = attrs == null || !attrs.containsKey(attribute.getKey()) ? null
                    : attrs.getJsonArray(attribute.getKey()).isEmpty() ? null
                    : attrs.getJsonArray(attribute.getKey()).getString(0);
            if (!Objects.equals(attribute.getValue(), actual)) {
                drift.append("attribute ").append(attribute.getKey()).append("; ");
            }
        }
        Set<String> actualDomains = new TreeSet<>();
        if (existing.containsKey("domains")) {
            existing.getJsonArray("domains").forEach(d -> actualDomains.add(d.asJsonObject().getString("name")));
        }
        if (!actualDomains.equals(new TreeSet<>(domains))) {
            drift.append("domains; ");
        }
        return drift.toString().strip();
    }

    /** @param existing an organization as Keycloak has it @return the last task applied to it, or -1 */
    public static long lastTask(JsonObject existing) {
        JsonValue attrs = existing.get("attributes");
        if (attrs == null || attrs.getValueType() != JsonValue.ValueType.OBJECT
                || !attrs.asJsonObject().containsKey(TASK_ATTRIBUTE)
                || attrs.asJsonObject().getJsonArray(TASK_ATTRIBUTE).isEmpty()) {
            return -1;
        }
        try {
            return Long.parseLong(attrs.asJsonObject().getJsonArray(TASK_ATTRIBUTE).getString(0));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
