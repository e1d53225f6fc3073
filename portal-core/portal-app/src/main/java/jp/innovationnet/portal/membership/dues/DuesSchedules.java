package jp.innovationnet.portal.membership.dues;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import jp.innovationnet.portal.identity.PortalCaller;
import jp.innovationnet.portal.membership.organization.MembershipClass;

/** The secretariat sets the annual dues of each membership class for each fiscal year. */
@ApplicationScoped
public class DuesSchedules {

    /** The largest annual dues accepted, in yen (a guard against a slip of the keyboard). */
    public static final long MAX_AMOUNT = 100_000_000L;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    DuesAudit audit;

    /**
     * Sets (or changes) a year's dues of one class. Invoices issued before keep what they bill.
     *
     * @param year            the fiscal year
     * @param membershipClass the class
     * @param amount          yen, from 0 to {@link #MAX_AMOUNT}
     * @param tax             how consumption tax applies
     * @param actor           who sets them
     * @return the dues as set
     * @throws DuesRuleException naming {@code amount} if it is out of range
     */
    @Transactional
    public DuesSchedule set(FiscalYear year, MembershipClass membershipClass, long amount, TaxTreatment tax,
                            PortalCaller actor) {
        if (amount < 0 || amount > MAX_AMOUNT) {
            throw DuesRuleException.invalid("amount", "yen from 0 to " + MAX_AMOUNT,
                    "0円から" + MAX_AMOUNT + "円までの整数で指定してください");
        }
        Optional<DuesSchedule> existing = find(year, membershipClass);
        var changes = Json.createObjectBuilder();
        DuesSchedule schedule;
        if (existing.isPresent()) {
            schedule = existing.get();
            if (schedule.getAmount() == amount && schedule.getTaxTreatment() == tax) {
                return schedule;
            }
            changes.add("amount", DuesAudit.change(schedule.getAmount(), amount))
                    .add("taxTreatment", DuesAudit.change(schedule.getTaxTreatment().code(), tax.code()));
            schedule.change(amount, tax, actor.username());
        } else {
            schedule = new DuesSchedule(year, membershipClass, amount, tax, actor.username());
            em.persist(schedule);
            if (em.find(InvoiceCounter.class, year.startYear()) == null) {
                em.persist(new InvoiceCounter(year));
            }
            changes.add("amount", DuesAudit.change(null, amount))
                    .add("taxTreatment", DuesAudit.change(null, tax.code()));
        }
        audit.record(actor, "dues-schedule.set", DuesAudit.SCHEDULE, year + "/" + membershipClass.code(), changes);
        return schedule;
    }

    /**
     * @param year            a fiscal year
     * @param membershipClass a class
     * @return its dues, if set
     */
    public Optional<DuesSchedule> find(FiscalYear year, MembershipClass membershipClass) {
        // by year only: EclipseLink binds a MembershipClass parameter by ordinal, not through its converter
        return of(year).stream().filter(s -> s.getMembershipClass() == membershipClass).findFirst();
    }

    /** @param year a fiscal year @return the dues set for it, by class */
    public List<DuesSchedule> of(FiscalYear year) {
        return em.createQuery("select s from DuesSchedule s where s.fiscalYear = :year order by s.id",
                DuesSchedule.class).setParameter("year", year).getResultList();
    }
}
