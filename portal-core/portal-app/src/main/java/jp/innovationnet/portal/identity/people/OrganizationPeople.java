package jp.innovationnet.portal.identity.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import jp.innovationnet.portal.audit.AuditEntry;
import jp.innovationnet.portal.audit.AuditTrail;
import jp.innovationnet.portal.identity.PortalCaller;
import jp.innovationnet.portal.identity.PortalRole;
import jp.innovationnet.portal.identity.keycloak.KeycloakRealm;
import jp.innovationnet.portal.text.JapaneseText;

/**
 * The people of one organization as its administrators manage them, synchronously with Keycloak (a screen needs
 * the answer at once): its members, invitations by e-mail, removal, and the portal roles an administrator may give
 * ({@link #GRANTABLE}: member-staff and coordinator, never secretariat or steering-agency). Every operation is
 * idempotent (granting a held role or removing a non-member changes nothing) and audited.
 */
@ApplicationScoped
public class OrganizationPeople {

    /** The roles a member administrator may give and take away. */
    public static final Set<String> GRANTABLE = Set.of(PortalRole.MEMBER_STAFF.roleName(),
            PortalRole.COORDINATOR.roleName());

    /** Keycloak user ids are UUIDs; anything else never reaches the Admin API (no path tricks). */
    public static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private static final Set<String> ORGANIZATION_ROLES = Set.of(PortalRole.MEMBER_ADMIN.roleName(),
            PortalRole.MEMBER_STAFF.roleName(), PortalRole.COORDINATOR.roleName());

    @Inject
    KeycloakRealm realm;

    @Inject
    AuditTrail audit;

    /**
     * A member as listed.
     *
     * @param userId      Keycloak's user id
     * @param username    user name
     * @param displayName first and last name, or the user name
     * @param email       e-mail address, or empty
     * @param enabled     whether the account may log in
     * @param roles       the portal roles held
     * @param firstName   first (given) name, or empty
     * @param lastName    last (family) name, or empty: a Japanese screen names people family name first
     * @param language    the language they chose in Keycloak (its {@code locale} attribute, which Keycloak's own
     *                    mails and pages use too): {@link Locale#ENGLISH} for {@code en}, else {@link Locale#JAPANESE},
     *                    the realm's default
     */
    public record Person(String userId, String username, String displayName, String email, boolean enabled,
                         Set<String> roles, String firstName, String lastName, Locale language) {
    }

    /** The organization is not (yet) in Keycloak. */
    public static class NotInKeycloakException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotInKeycloakException(String alias) {
            super("organization " + alias + " is not in Keycloak yet: the sync has not created it");
        }
    }

    /** The user is not a member of the organization. */
    public static class NotAMemberException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotAMemberException(String userId, String alias) {
            super("user " + userId + " is not a member of " + alias);
        }
    }

    /** @param alias an organization @return its members, by name (Japanese order) */
    public List<Person> list(String alias) {
        List<Person> people = new ArrayList<>();
        for (JsonObject member : realm.members(keycloakId(alias))) {
            people.add(person(member));
        }
        people.sort(Comparator.comparing((Person p) -> JapaneseText.sortKey(p.displayName()))
                .thenComparing(Person::username));
        return people;
    }

    /**
     * @param userId a Keycloak user id
     * @return the user as {@link #list} lists them, whichever organization they belong to; empty for an unknown id,
     *         something that is not a user id, or a client's service account
     */
    public Optional<Person> find(String userId) {
        if (userId == null || !USER_ID.matcher(userId).matches()) {
            return Optional.empty();
        }
        return realm.user(userId).filter(user -> !user.containsKey("serviceAccountClientId"))
                .map(this::person);
    }

    private Person person(JsonObject user) {
        String id = user.getString("id");
        Set<String> roles = new TreeSet<>(realm.realmRoles(id));
        roles.removeIf(r -> PortalRole.byName(r).isEmpty());
        String first = user.getString("firstName", "");
        String last = user.getString("lastName", "");
        String name = (first + " " + last).strip();
        return new Person(id, user.getString("username"), name.isEmpty() ? user.getString("username") : name,
                user.getString("email", ""), user.getBoolean("enabled", true), roles, first, last, language(user));
    }

    /** Keycloak keeps the language a user chose as the attribute {@code locale}: {@code ["en"]}. */
    private static Locale language(JsonObject user) {
        JsonObject attributes = user.getJsonObject("attributes");
        JsonArray locale = attributes == null ? null : attributes.getJsonArray("locale");
        String chosen = locale == null || locale.isEmpty() ? "" : locale.getString(0, "");
        return chosen.equals("en") || chosen.startsWith("en-") ? Locale.ENGLISH : Locale.JAPANESE;
    }

    /**
     * Keycloak mails the invitation (a link to register, or to join for someone with an account).
     *
     * @param alias     the organization
     * @param email     whom to invite
     * @param firstName their first name, or empty
     * @param lastName  their last name, or empty
     * @param actor     who invites
     */
    public void invite(String alias, String email, String firstName, String lastName, PortalCaller actor) {
        realm.invite(keycloakId(alias), email, firstName, lastName);
        audit(actor, "membership.invited", "membership", alias, Json.createObjectBuilder().add("email", email));
    }

    /**
     * Removes someone from the organization and takes away the roles they held through it; their sessions end.
     *
     * @param alias  the organization
     * @param userId the member
     * @param actor  who removes them
     */
    public void remove(String alias, String userId, PortalCaller actor) {
        String organization = keycloakId(alias);
        requireMember(organization, alias, userId);
        Set<String> held = realm.realmRoles(userId);
        for (String role : ORGANIZATION_ROLES) {
            if (held.contains(role)) {
                realm.revokeRealmRole(userId, role);
            }
        }
        realm.removeMember(organization, userId);
        realm.logOut(userId);
        audit(actor, "membership.removed", "membership", alias, Json.createObjectBuilder().add("userId", userId)
                .add("rolesRevoked", String.join(",", new TreeSet<>(held).stream().filter(ORGANIZATION_ROLES::contains).toList())));
    }

    /**
     * @param alias  the organization
     * @param userId a member
     * @param role   one of {@link #GRANTABLE}
     * @param grant  true to give it, false to take it away
     * @param actor  who does it
     * @return whether anything changed
     */
    public boolean setRole(String alias, String userId, String role, boolean grant, PortalCaller actor) {
        if (!GRANTABLE.contains(role)) {
            throw new IllegalArgumentException("role " + role + " may not be given by an organization");
        }
        requireMember(keycloakId(alias), alias, userId);
        boolean holds = realm.realmRoles(userId).contains(role);
        if (holds == grant) {
            return false;
        }
        if (grant) {
            realm.grantRealmRole(userId, role);
        } else {
            realm.revokeRealmRole(userId, role);
        }
        audit(actor, grant ? "membership-role.granted" : "membership-role.revoked", "membership-role",
                alias + "/" + userId, Json.createObjectBuilder().add("role", Json.createObjectBuilder()
                        .add("from", holds ? role : "").add("to", grant ? role : "")));
        return true;
    }

    private void requireMember(String organization, String alias, String userId) {
        if (!realm.isMember(organization, userId)) {
            throw new NotAMemberException(userId, alias);
        }
    }

    private String keycloakId(String alias) {
        return realm.organization(alias).orElseThrow(() -> new NotInKeycloakException(alias)).getString("id");
    }

    private void audit(PortalCaller actor, String action, String targetType, String targetId, JsonObjectBuilder changes) {
        audit.append(new AuditEntry(Instant.now(), actor.userId(), actor.username(), "core", action, targetType,
                targetId, changes.build().toString()));
    }
}
