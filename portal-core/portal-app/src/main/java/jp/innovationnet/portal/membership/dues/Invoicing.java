package jp.innovationnet.portal.membership.dues;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import jp.innovationnet.portal.identity.PortalCaller;
import jp.innovationnet.portal.membership.organization.MembershipClass;
import jp.innovationnet.portal.membership.organization.MembershipStatus;
import jp.innovationnet.portal.membership.organization.Organization;
import jp.innovationnet.portal.membership.organization.OrganizationKind;

/**
 * Issues and voids invoices. Issuing is idempotent: an organization gets one invoice per fiscal year (until that
 * one is voided), however often the secretariat runs the year's issue. Numbers of a year are handed out under a
 * write lock on the year's counter, so concurrent runs neither skip nor repeat a number.
 */
@ApplicationScoped
public class Invoicing {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    DuesSchedules schedules;

    @Inject
    DuesCalendar calendar;

    @Inject
    DuesAudit audit;

    /**
     * What one issue run did.
     *
     * @param issued          the invoices it issued, in number order
     * @param alreadyInvoiced how many active members had an invoice for the year already
     */
    public record IssueRun(List<Invoice> issued, int alreadyInvoiced) {
    }

    /**
     * Issues the year's invoice to every active member with a membership class that has none yet.
     *
     * @param year      the fiscal year
     * @param issueDate the date of issue (today when null); not in the future
     * @param dueDate   when payment is due; not before the issue date
     * @param actor     who issues them
     * @return what was issued
     * @throws DuesRuleException if a date is wrong, or a class of those members has no dues set for the year
     */
    @Transactional
    public IssueRun issueAll(FiscalYear year, LocalDate issueDate, LocalDate dueDate, PortalCaller actor) {
        LocalDate issued = checkDates(issueDate, dueDate);
        InvoiceCounter counter = lockedCounter(year);
        // kind and status are compared here, not in the query: EclipseLink binds enum parameters by ordinal
        List<Organization> members = em.createQuery("select o from Organization o where o.membershipClass is not null"
                        + " order by o.id", Organization.class).getResultStream()
                .filter(o -> o.getKind() == OrganizationKind.MEMBER && o.getStatus() == MembershipStatus.ACTIVE)
                .toList();
        Set<String> invoiced = new HashSet<>(em.createQuery("select i.organizationId from Invoice i"
                + " where i.fiscalYear = :year and i.openFor is not null", String.class)
                .setParameter("year", year).getResultList());
        Map<MembershipClass, TaxedAmount> dues = new EnumMap<>(MembershipClass.class);
        List<Invoice> result = new ArrayList<>();
        for (Organization member : members) {
            if (invoiced.contains(member.getId())) {
                continue;
            }
            TaxedAmount amount = dues.computeIfAbsent(member.getMembershipClass(), c -> duesOf(year, c));
            result.add(issue(counter, Recipient.of(member), amount, issued, dueDate, actor));
        }
        return new IssueRun(result, (int) members.stream().filter(m -> invoiced.contains(m.getId())).count());
    }

    /**
     * Issues one organization's invoice for a year, e.g. for a member admitted during the year or after voiding.
     *
     * @param organizationId the organization
     * @param year           the fiscal year
     * @param issueDate      the date of issue (today when null); not in the future
     * @param dueDate        when payment is due; not before the issue date
     * @param actor          who issues it
     * @return the invoice
     * @throws DuesRuleException if there is no such organization, it is not an active member with a class, it has an
     *                           invoice for the year already, its class has no dues set, or a date is wrong
     */
    @Transactional
    public Invoice issueOne(String organizationId, FiscalYear year, LocalDate issueDate, LocalDate dueDate,
                            PortalCaller actor) {
        LocalDate issued = checkDates(issueDate, dueDate);
        Organization organization = em.find(Organization.class, organizationId);
        if (organization == null) {
            throw DuesRuleException.invalid("organizationId", "no organization '" + organizationId + "'",
                    "団体 '" + organizationId + "' は登録されていません");
        }
        if (organization.getKind() != OrganizationKind.MEMBER || organization.getMembershipClass() == null
                || organization.getStatus() != MembershipStatus.ACTIVE) {
            throw DuesRuleException.conflict("organizationId", "'" + organizationId
                    + "' is not an active member with a membership class", "'" + organizationId
                    + "' は会員種別のある有効な会員ではありません");
        }
        InvoiceCounter counter = lockedCounter(year);
        Long open = em.createQuery("select count(i) from Invoice i where i.fiscalYear = :year and i.openFor = :org",
                Long.class).setParameter("year", year).setParameter("org", organizationId).getSingleResult();
        if (open > 0) {
            throw DuesRuleException.conflict("organizationId", "'" + organizationId + "' has an invoice for "
                    + year.labelEn() + " already: void it first to issue another", "'" + organizationId + "' には"
                    + year.labelJa() + "の請求書が発行済みです。再発行するには先に取り消してください");
        }
        return issue(counter, Recipient.of(organization), duesOf(year, organization.getMembershipClass()), issued,
                dueDate, actor);
    }

    /**
     * Voids an invoice: it keeps its number, stops counting, and the organization may be invoiced again.
     *
     * @param number the invoice's number
     * @param reason why (required)
     * @param actor  who voids it
     * @return the voided invoice
     * @throws DuesRuleException if there is no such invoice, or it is voided already or has payments
     */
    @Transactional
    public Invoice voidInvoice(String number, String reason, PortalCaller actor) {
        Invoice invoice = DuesLedger.lockedInvoice(em, number);
        InvoiceStatus before = invoice.getStatus();
        try {
            invoice.voidFor(reason, actor.username());
        } catch (IllegalStateException e) {
            throw DuesRuleException.conflict(null, e.getMessage(), "請求書 " + number
                    + " は取り消せません（取消済み、または入金があります）");
        }
        audit.record(actor, "dues-invoice.voided", DuesAudit.INVOICE, number, Json.createObjectBuilder()
                .add("status", DuesAudit.change(before.code(), invoice.getStatus().code()))
                .add("reason", reason));
        return invoice;
    }

    private Invoice issue(InvoiceCounter counter, Recipient recipient, TaxedAmount dues, LocalDate issueDate,
                          LocalDate dueDate, PortalCaller actor) {
        Invoice invoice = new Invoice(counter.take(), recipient, dues, issueDate, dueDate, actor.username());
        em.persist(invoice);
        audit.record(actor, "dues-invoice.issued", DuesAudit.INVOICE, invoice.getNumber(), Json.createObjectBuilder()
                .add("status", DuesAudit.change(null, invoice.getStatus().code()))
                .add("organizationId", recipient.organizationId())
                .add("membershipClass", recipient.membershipClass().code())
                .add("total", dues.total())
                .add("tax", dues.tax())
                .add("issueDate", issueDate.toString())
                .add("dueDate", dueDate.toString()));
        return invoice;
    }

    private TaxedAmount duesOf(FiscalYear year, MembershipClass membershipClass) {
        return schedules.find(year, membershipClass).map(DuesSchedule::dues).orElseThrow(() -> DuesRuleException
                .conflict("fiscalYear", "no dues are set for " + membershipClass.labelEn() + " in " + year.labelEn(),
                        year.labelJa() + "の" + membershipClass.labelJa() + "の会費が設定されていません"));
    }

    private InvoiceCounter lockedCounter(FiscalYear year) {
        InvoiceCounter counter = em.find(InvoiceCounter.class, year.startYear(), LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            throw DuesRuleException.conflict("fiscalYear", "no dues are set for " + year.labelEn(),
                    year.labelJa() + "の会費が設定されていません");
        }
        return counter;
    }

    private LocalDate checkDates(LocalDate issueDate, LocalDate dueDate) {
        LocalDate today = calendar.today();
        LocalDate issued = issueDate == null ? today : issueDate;
        if (issued.isAfter(today)) {
            throw DuesRuleException.invalid("issueDate", "not after today (" + today + ")",
                    "発行日に未来の日付は指定できません");
        }
        if (dueDate == null) {
            throw DuesRuleException.invalid("dueDate", "required", "支払期限を指定してください");
        }
        if (dueDate.isBefore(issued)) {
            throw DuesRuleException.invalid("dueDate", "not before the issue date (" + issued + ")",
                    "支払期限は発行日以降の日付にしてください");
        }
        return issued;
    }
}
