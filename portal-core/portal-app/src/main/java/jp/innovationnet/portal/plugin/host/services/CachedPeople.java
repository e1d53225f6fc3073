package jp.innovationnet.portal.plugin.host.services;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.innovationnet.portal.identity.PersonName;
import jp.innovationnet.portal.identity.people.OrganizationPeople;
import jp.innovationnet.portal.plugin.api.service.Person;
import jp.innovationnet.portal.text.JapaneseText;

/**
 * The people of organizations as plugins see them ({@code MemberDirectory.people} and {@code person}): the core's
 * {@link OrganizationPeople} (organization members in Keycloak with their portal roles and language), accounts that
 * may log in only, named in their own language's order and sorted so, kept for {@code portal.plugins.directory.cache-seconds} (30) because one list costs a Keycloak
 * call per member, and a plugin may ask for it on every request. Failures (Keycloak unreachable) are not kept.
 */
@ApplicationScoped
public class CachedPeople {

    private static final int MAX_ENTRIES = 10_000;
    private static final Comparator<Person> BY_NAME = Comparator
            .comparing((Person p) -> JapaneseText.sortKey(p.displayName())).thenComparing(Person::username);

    @Inject
    OrganizationPeople people;

    @Inject
    @ConfigProperty(name = "portal.plugins.directory.cache-seconds", defaultValue = "30")
    long cacheSeconds;

    private Cache<String, List<Person>> byOrganization;
    private Cache<String, Optional<Person>> byUser;

    @PostConstruct
    void createCaches() {
        byOrganization = Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(cacheSeconds))
                .maximumSize(MAX_ENTRIES).build();
        byUser = Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(cacheSeconds))
                .maximumSize(MAX_ENTRIES).build();
    }

    /** @param alias an organization @return its people who may log in; empty when Keycloak does not know it */
    public List<Person> of(String alias) {
        if (alias == null || alias.isBlank()) {
            return List.of();
        }
        return byOrganization.get(alias, key -> {
            try {
                return people.list(key).stream().filter(OrganizationPeople.Person::enabled)
                        .map(CachedPeople::person).sorted(BY_NAME).toList();
            } catch (OrganizationPeople.NotInKeycloakException e) {
                return List.of();
            }
        });
    }

    /** @param userId a Keycloak user id @return the user, if there is one who may log in */
    public Optional<Person> person(String userId) {
        if (userId == null) {
            return Optional.empty();
        }
        return byUser.get(userId, key -> people.find(key).filter(OrganizationPeople.Person::enabled)
                .map(CachedPeople::person));
    }

    private static Person person(OrganizationPeople.Person p) {
        return new Person(p.userId(), p.username(),
                PersonName.display(p.firstName(), p.lastName(), p.language()).orElse(p.username()), p.email(),
                p.language(), p.roles());
    }
}
