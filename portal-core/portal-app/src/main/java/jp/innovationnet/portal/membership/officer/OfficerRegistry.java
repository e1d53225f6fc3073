package jp.innovationnet.portal.membership.officer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import jp.innovationnet.portal.audit.AuditEntry;
import jp.innovationnet.portal.audit.AuditTrail;
import jp.innovationnet.portal.identity.PortalCaller;

/**
 * Who holds which office, and since when: the secretariat appoints people for a term and ends terms; every change is
 * audited. An office with a limited number of seats ({@link Office#seats()}) never has more terms covering the same
 * day than it has seats.
 */
@ApplicationScoped
public class OfficerRegistry {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /**
     * @param day a day
     * @return the terms that cover it, by office then start
     */
    public List<OfficeTerm> holdersOn(LocalDate day) {
        return em.createQuery("select t from OfficeTerm t where t.start <= :day and (t.end is null or t.end >= :day)"
                + " order by t.office, t.start, t.id", OfficeTerm.class).setParameter("day", day).getResultList();
    }

    /** @return every term there has been, newest first */
    public List<OfficeTerm> history() {
        return em.createQuery("select t from OfficeTerm t order by t.start desc, t.id desc", OfficeTerm.class)
                .getResultList();
    }

    /**
     * @param office         the office
     * @param personName     who
     * @param organizationId from which organization
     * @param start          first day
     * @param end            last day, or null while open
     * @param actor          the secretariat
     * @return the new term
     * @throws SeatsTakenException if the office's seats are all taken on a day of the term
     */
    @Transactional
    public OfficeTerm appoint(Office office, String personName, String organizationId, LocalDate start,
                              LocalDate end, PortalCaller actor) throws SeatsTakenException {
        checkSeats(office, start, end, null);
        OfficeTerm term = new OfficeTerm(office, personName, organizationId, start, end);
        em.persist(term);
        em.flush();
        audit.append(entry(actor, "officer.appointed", term, Json.createObjectBuilder()
                .add("office", office.code()).add("personName", personName).add("organization", organizationId)
                .add("start", start.toString()).add("end", end == null ? "" : end.toString())));
        return term;
    }

    /**
     * @param id              a term
     * @param expectedVersion the version the caller read
     * @param lastDay         the term's last day
     * @param actor           the secretariat
     * @return the ended term
     * @throws TermNotFoundException    if there is no such term
     * @throws SeatsTakenException      if ending it later than before would take a seat that is taken
     * @throws OptimisticLockException  if someone changed it since the caller read it
     */
    @Transactional
    public OfficeTerm end(long id, long expectedVersion, LocalDate lastDay, PortalCaller actor)
            throws TermNotFoundException, SeatsTakenException {
        OfficeTerm term = em.find(OfficeTerm.class, id);
        if (term == null) {
            throw new TermNotFoundException(id);
        }
        if (term.getVersion() != expectedVersion) {
            throw new OptimisticLockException("term " + id + " changed since it was read");
        }
        LocalDate before = term.getEnd();
        checkSeats(term.getOffice(), term.getStart(), lastDay, term.getId());
        term.end(lastDay);
        em.lock(term, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        audit.append(entry(actor, "officer.term-ended", term, Json.createObjectBuilder()
                .add("end", Json.createObjectBuilder().add("from", before == null ? "" : before.toString())
                        .add("to", lastDay.toString()))));
        return term;
    }

    private void checkSeats(Office office, LocalDate start, LocalDate end, Long except) throws SeatsTakenException {
        if (office.seats().isEmpty()) {
            return;
        }
        List<OfficeTerm> others = em.createQuery("select t from OfficeTerm t where t.office = :office",
                OfficeTerm.class).setParameter("office", office).getResultList().stream()
                .filter(t -> !t.getId().equals(except) && t.overlaps(start, end)).toList();
        // The most terms sharing one day: checking each term's first day (and the new one's) suffices
        LocalDate[] days = others.stream().map(OfficeTerm::getStart).filter(d -> !d.isBefore(start)
                && (end == null || !d.isAfter(end))).toArray(LocalDate[]::new);
        int most = (int) others.stream().filter(t -> t.covers(start)).count();
        for (LocalDate day : days) {
            most = Math.max(most, (int) others.stream().filter(t -> t.covers(day)).count());
        }
        if (most >= office.seats().getAsInt()) {
            throw new SeatsTakenException(office);
        }
    }

    private static AuditEntry entry(PortalCaller actor, String action, OfficeTerm term, JsonObjectBuilder changes) {
        return new AuditEntry(Instant.now(), actor.userId(), actor.username(), "core", action, "office-term",
                term.getId().toString(), changes.build().toString());
    }

    /** All seats of the office are taken on some day of the term. */
    public static class SeatsTakenException extends Exception {
        private static final long serialVersionUID = 1L;

        /** @param office the office */
        public SeatsTakenException(Office office) {
            super("the office of " + office.labelEn() + " (" + office.labelJa() + ") has "
                    + office.seats().getAsInt() + " seat(s), all taken on some day of this term");
        }
    }

    /** No such term. */
    public static class TermNotFoundException extends Exception {
        private static final long serialVersionUID = 1L;

        /** @param id the term */
        public TermNotFoundException(long id) {
            super("no office term " + id);
        }
    }
}
