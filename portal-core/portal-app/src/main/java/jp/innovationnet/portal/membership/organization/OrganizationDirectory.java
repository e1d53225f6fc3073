package jp.innovationnet.portal.membership.organization;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Reads organizations. */
@ApplicationScoped
public class OrganizationDirectory {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** @param id an alias @return the organization */
    public Optional<Organization> find(String id) {
        return Optional.ofNullable(em.find(Organization.class, id));
    }

    /** @param region a region, or empty for all @return the active organizations, by Japanese name */
    public List<Organization> activeInRegion(Optional<String> region) {
        if (region.isPresent()) {
            Optional<Region> wanted = Region.parse(region.get());
            if (wanted.isEmpty()) {
                return List.of();
            }
            return em.createQuery("select o from Organization o where o.status = :status and o.region = :region"
                            + " order by o.nameJa", Organization.class)
                    .setParameter("status", MembershipStatus.ACTIVE).setParameter("region", wanted.get())
                    .getResultList();
        }
        return em.createQuery("select o from Organization o where o.status = :status order by o.nameJa",
                Organization.class).setParameter("status", MembershipStatus.ACTIVE).getResultList();
    }
}
