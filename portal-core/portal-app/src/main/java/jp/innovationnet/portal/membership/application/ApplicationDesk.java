package jp.innovationnet.portal.membership.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import jp.innovationnet.portal.identity.PortalCaller;
import jp.innovationnet.portal.membership.application.ApplicationMessage.Author;
import jp.innovationnet.portal.membership.organization.MembershipClass;
import jp.innovationnet.portal.membership.organization.MembershipStatus;
import jp.innovationnet.portal.membership.organization.Organization;
import jp.innovationnet.portal.membership.organization.OrganizationDirectory;
import jp.innovationnet.portal.membership.organization.OrganizationKind;
import jp.innovationnet.portal.membership.organization.OrganizationProfile;
import jp.innovationnet.portal.membership.organization.OrganizationRegistry.OrganizationNotFoundException;
import jp.innovationnet.portal.membership.organization.OrganizationRegistry;

/**
 * The secretariat's desk for membership applications: takes the public form's submissions and moves them through
 * review ({@code applied → under-review ⇄ information-requested → active | rejected}). Every step is one transaction
 * that changes the organization's status (history and audit by {@link OrganizationRegistry}), keeps any question or
 * answer, and queues the applicant's mail.
 */
@ApplicationScoped
public class ApplicationDesk {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Crockford's base 32: no I, L, O, U, so references read aloud and typed back without mistakes. */
    private static final char[] REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    OrganizationRegistry registry;

    @Inject
    OrganizationDirectory directory;

    @Inject
    ApplicationMails mails;

    @Inject
    Event<MemberAdmitted> admitted;

    /**
     * Registers the applying organization (status {@code applied}) and its application, and queues the confirmation.
     *
     * @param applicant    who applies
     * @param desiredClass the class applied for
     * @param message      the applicant's message, if any
     * @param profile      the organization's profile
     * @return the reference and the private link's token (shown once; only its hash is kept)
     * @throws DuplicateNameException if an organization or application of the same name (folded) exists
     */
    @Transactional
    public Receipt submit(Applicant applicant, MembershipClass desiredClass, String message,
                          OrganizationProfile profile) throws DuplicateNameException {
        if (directory.withSameName(profile.nameJa()).isPresent()) {
            throw new DuplicateNameException();
        }
        Organization organization = new Organization(freeAlias(profile.nameEn()), OrganizationKind.MEMBER, profile,
                MembershipStatus.APPLIED);
        organization.classify(OrganizationKind.MEMBER, desiredClass, null);
        String reference = freeReference();
        String token = newToken();
        PortalCaller actor = applicantActor(applicant, reference);
        try {
            registry.register(organization, actor, "public application " + reference);
        } catch (OrganizationRegistry.DuplicateOrganizationException e) {
            throw new IllegalStateException("alias chosen free was taken meanwhile", e);
        }
        MembershipApplication application = new MembershipApplication(reference, organization.getId(), applicant,
                desiredClass, message, hash(token));
        em.persist(application);
        mails.confirm(application, profile.nameJa(), token);
        return new Receipt(reference, token, organization.getId());
    }

    /**
     * @param token a private link's token
     * @return the application it opens
     */
    public Optional<ApplicationRecord> byToken(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("select a from MembershipApplication a where a.accessTokenHash = :hash",
                        MembershipApplication.class).setParameter("hash", hash(token)).getResultStream()
                .findFirst().map(this::record);
    }

    /**
     * @param reference an application's reference
     * @return the application
     */
    public Optional<ApplicationRecord> byReference(String reference) {
        return em.createQuery("select a from MembershipApplication a where a.reference = :reference",
                        MembershipApplication.class).setParameter("reference", reference).getResultStream()
                .findFirst().map(this::record);
    }

    /**
     * @param statuses the organizations' statuses to list (e.g. the pending ones)
     * @param offset   how many to skip
     * @param limit    how many at most
     * @return applications, oldest first
     */
    public List<ApplicationRecord> list(Set<MembershipStatus> statuses, int offset, int limit) {
        return em.createQuery("select a, o from MembershipApplication a, Organization o "
                        + "where o.id = a.organizationId and o.status in :statuses order by a.submittedAt, a.id",
                        Object[].class).setParameter("statuses", statuses)
                .setFirstResult(offset).setMaxResults(limit).getResultStream()
                .map(row -> new ApplicationRecord((MembershipApplication) row[0], (Organization) row[1],
                        messages(((MembershipApplication) row[0]).getId())))
                .toList();
    }

    /**
     * @param reference an application's reference
     * @param actor     the secretariat
     * @return the application under review
     * @throws ApplicationNotFoundException if there is none
     */
    @Transactional
    public ApplicationRecord startReview(String reference, PortalCaller actor) throws ApplicationNotFoundException {
        MembershipApplication application = find(reference);
        move(application, MembershipStatus.UNDER_REVIEW, null, actor);
        return record(application);
    }

    /**
     * @param reference an application's reference
     * @param question  what the secretariat wants to know; mailed to the applicant
     * @param actor     the secretariat
     * @return the application, waiting for the answer
     * @throws ApplicationNotFoundException if there is none
     */
    @Transactional
    public ApplicationRecord requestInformation(String reference, String question, PortalCaller actor)
            throws ApplicationNotFoundException {
        MembershipApplication application = find(reference);
        move(application, MembershipStatus.INFORMATION_REQUESTED, question, actor);
        em.persist(new ApplicationMessage(application.getId(), Author.SECRETARIAT, actor.username(), question));
        mails.ask(application, question);
        return record(application);
    }

    /**
     * The applicant answers the secretariat's question; the application goes back to review.
     *
     * @param token  the private link's token
     * @param answer what the applicant writes
     * @return the application, under review again
     * @throws ApplicationNotFoundException if no application has that token
     */
    @Transactional
    public ApplicationRecord answer(String token, String answer) throws ApplicationNotFoundException {
        MembershipApplication application = byToken(token).map(ApplicationRecord::application)
                .orElseThrow(() -> new ApplicationNotFoundException("no application for that link"));
        PortalCaller actor = applicantActor(application.applicant(), application.getReference());
        move(application, MembershipStatus.UNDER_REVIEW, null, actor);
        em.persist(new ApplicationMessage(application.getId(), Author.APPLICANT, application.applicant().name(),
                answer));
        return record(application);
    }

    /**
     * Admits the organization: it becomes an active member of the class applied for, plugins hear
     * {@code ORGANIZATION_ADMITTED}, and {@link MemberAdmitted} names the applicant as its first administrator.
     *
     * @param reference an application's reference
     * @param actor     the secretariat
     * @return the approved application
     * @throws ApplicationNotFoundException if there is none
     */
    @Transactional
    public ApplicationRecord approve(String reference, PortalCaller actor) throws ApplicationNotFoundException {
        MembershipApplication application = find(reference);
        Organization organization = move(application, MembershipStatus.ACTIVE, null, actor);
        Applicant applicant = application.applicant();
        mails.approved(application, organization.getNameJa());
        admitted.fire(new MemberAdmitted(organization.getId(), applicant.email(), applicant.name(),
                applicant.language()));
        return record(application);
    }

    /**
     * @param reference an application's reference
     * @param reason    why; mailed to the applicant and kept in the history
     * @param actor     the secretariat
     * @return the rejected application
     * @throws ApplicationNotFoundException if there is none
     */
    @Transactional
    public ApplicationRecord reject(String reference, String reason, PortalCaller actor)
            throws ApplicationNotFoundException {
        MembershipApplication application = find(reference);
        move(application, MembershipStatus.REJECTED, reason, actor);
        mails.rejected(application, reason);
        return record(application);
    }

    private Organization move(MembershipApplication application, MembershipStatus next, String reason, PortalCaller actor)
            throws ApplicationNotFoundException {
        try {
            Organization organization = directory.find(application.getOrganizationId())
                    .orElseThrow(() -> new OrganizationNotFoundException(application.getOrganizationId()));
            if (organization.getStatus() == next || !organization.getStatus().isPending()) {
                throw new IllegalStateException("the application is " + organization.getStatus().code()
                        + " and cannot become " + next.code());
            }
            return registry.changeStatus(application.getOrganizationId(), next, reason, actor);
        } catch (OrganizationNotFoundException e) {
            throw new ApplicationNotFoundException("the application's organization is gone");
        }
    }

    private MembershipApplication find(String reference) throws ApplicationNotFoundException {
        return byReference(reference).map(ApplicationRecord::application)
                .orElseThrow(() -> new ApplicationNotFoundException("no application '" + reference + "'"));
    }

    private ApplicationRecord record(MembershipApplication application) {
        Organization organization = directory.find(application.getOrganizationId()).orElseThrow();
        return new ApplicationRecord(application, organization, messages(application.getId()));
    }

    private List<ApplicationMessage> messages(Long applicationId) {
        return em.createQuery("select m from ApplicationMessage m where m.applicationId = :id order by m.sentAt, m.id",
                ApplicationMessage.class).setParameter("id", applicationId).getResultList();
    }

    /** @return an alias derived from the English name ({@code Kobe Biomedical Cluster → kobe-biomedical-cluster}) */
    private String freeAlias(String nameEn) {
        String slug = nameEn.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 48) {
            slug = slug.substring(0, 48).replaceAll("-+$", "");
        }
        if (slug.length() < 2 || !Character.isLetter(slug.charAt(0))) {
            slug = "applicant" + (slug.isEmpty() ? "" : "-" + slug);
        }
        String alias = slug;
        for (int n = 2; directory.find(alias).isPresent(); n++) {
            alias = slug + "-" + n;
        }
        return alias;
    }

    private String freeReference() {
        while (true) {
            StringBuilder reference = new StringBuilder("A");
            for (int i = 0; i < 8; i++) {
                reference.append(REFERENCE_ALPHABET[RANDOM.nextInt(REFERENCE_ALPHABET.length)]);
            }
            if (byReference(reference.toString()).isEmpty()) {
                return reference.toString();
            }
        }
    }

    private static PortalCaller applicantActor(Applicant applicant, String reference) {
        return new PortalCaller("anonymous", "applicant " + reference, applicant.name(), Optional.of(applicant.email()),
                Set.of(), Optional.empty(), applicant.language());
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * What the applicant gets back.
     *
     * @param reference      the reference to quote
     * @param accessToken    the private link's token
     * @param organizationId the applying organization's alias
     */
    public record Receipt(String reference, String accessToken, String organizationId) {
    }

    /**
     * An application with its organization (whose status is the application's) and its messages.
     *
     * @param application  the application
     * @param organization the applying organization
     * @param messages     questions and answers, oldest first
     */
    public record ApplicationRecord(MembershipApplication application, Organization organization,
                                    List<ApplicationMessage> messages) {
    }

    /** No application has that reference or link. */
    public static class ApplicationNotFoundException extends Exception {
        private static final long serialVersionUID = 1L;

        /** @param message what was looked for */
        public ApplicationNotFoundException(String message) {
            super(message);
        }
    }

    /** An organization or application with the same name exists already. */
    public static class DuplicateNameException extends Exception {
        private static final long serialVersionUID = 1L;

        public DuplicateNameException() {
            super("an organization or application of that name exists already");
        }
    }
}
