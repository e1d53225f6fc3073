package jp.innovationnet.portal.plugin.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.innovationnet.portal.plugin.api.service.MemberDirectory;
import jp.innovationnet.portal.plugin.api.service.OrganizationSummary;
import jp.innovationnet.portal.plugin.api.service.Person;

/** The member directory a test fills: organizations, and the people of each. */
public final class TestDirectory implements MemberDirectory {

    private final Map<String, OrganizationSummary> organizations = new LinkedHashMap<>();
    private final Map<String, List<Person>> people = new LinkedHashMap<>();

    /**
     * @param organization an organization of the network
     * @param members      its people who may log in
     * @return this
     */
    public TestDirectory add(OrganizationSummary organization, Person... members) {
        organizations.put(organization.id(), organization);
        people.computeIfAbsent(organization.id(), id -> new ArrayList<>()).addAll(List.of(members));
        return this;
    }

    @Override
    public Optional<OrganizationSummary> find(String organizationId) {
        return Optional.ofNullable(organizations.get(organizationId));
    }

    @Override
    public List<OrganizationSummary> activeInRegion(Optional<String> region) {
        return organizations.values().stream().filter(OrganizationSummary::active)
                .filter(o -> region.map(o.region()::equals).orElse(true)).toList();
    }

    @Override
    public List<Person> people(String organizationId) {
        return List.copyOf(people.getOrDefault(organizationId, List.of()));
    }

    @Override
    public Optional<Person> person(String userId) {
        return people.values().stream().flatMap(List::stream).filter(p -> p.userId().equals(userId)).findFirst();
    }
}
