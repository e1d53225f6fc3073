package jp.innovationnet.portal.plugins.inquiries.notice;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.kit.BusinessDays;
import jp.innovationnet.portal.plugin.api.kit.Languages;
import jp.innovationnet.portal.plugin.api.service.Notifications.Recipient;
import jp.innovationnet.portal.plugin.api.service.Notifications;
import jp.innovationnet.portal.plugin.api.service.Person;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Inquiry;
import jp.innovationnet.portal.plugins.inquiries.servicelevel.LevelState;

/**
 * Tells people what happened to an inquiry. Mails to the asker (in the inquiry's language) are {@link Notice} rows
 * written in the request's transaction; the staff hear through the portal's inbox (each notification in both
 * languages), which also takes effect only when the request commits.
 */
public final class Notices {

    private static final String QUEUE_PAGE = "/p/inquiries/desk";
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'JST'");

    private final Notifications inbox;
    private final Function<String, URI> portalUrl;

    /** @param context the plugin's context */
    public Notices(PluginContext context) {
        this(context.notifications(), context::portalUrl);
    }

    /** @param inbox the portal's notifications @param portalUrl a portal path's absolute address */
    Notices(Notifications inbox, Function<String, URI> portalUrl) {
        this.inbox = inbox;
        this.portalUrl = portalUrl;
    }

    /**
     * A new inquiry: the asker gets its reference and private link, the secretariat a notification.
     *
     * @param em      the request's entity manager
     * @param inquiry the inquiry
     * @param trackUrl the private link
     * @param now     the time
     */
    public void submitted(EntityManager em, Inquiry inquiry, URI trackUrl, Instant now) {
        Locale language = inquiry.language().locale();
        toAsker(em, inquiry, NoticeWording.SUBMITTED_SUBJECT.in(language, inquiry.reference()),
                NoticeWording.SUBMITTED_TEXT.in(language, inquiry.asker().name(), inquiry.reference(),
                        inquiry.subject(), trackUrl), now);
        inbox.send(Recipient.role("secretariat"), notification(NoticeWording.NEW_INQUIRY, inquiry, inquiry.subject()));
    }

    /**
     * @param em      the request's entity manager
     * @param inquiry the inquiry
     * @param reply   the reply's text, sent in full
     * @param now     the time
     */
    public void replied(EntityManager em, Inquiry inquiry, String reply, Instant now) {
        Locale language = inquiry.language().locale();
        toAsker(em, inquiry, NoticeWording.REPLIED_SUBJECT.in(language, inquiry.reference()),
                NoticeWording.REPLIED_TEXT.in(language, inquiry.asker().name(), inquiry.subject(), reply,
                        howToAnswer(inquiry, language)), now);
    }

    /** @param em the request's entity manager @param inquiry the inquiry just closed @param now the time */
    public void closed(EntityManager em, Inquiry inquiry, Instant now) {
        Locale language = inquiry.language().locale();
        toAsker(em, inquiry, NoticeWording.CLOSED_SUBJECT.in(language, inquiry.reference()),
                NoticeWording.CLOSED_TEXT.in(language, inquiry.asker().name(), inquiry.subject(),
                        howToAnswer(inquiry, language)), now);
    }

    /** @param inquiry the inquiry @param organizations the organizations it was routed to now */
    public void routed(Inquiry inquiry, Collection<String> organizations) {
        for (String organization : organizations) {
            inbox.send(Recipient.organization(organization),
                    notification(NoticeWording.ROUTED, inquiry, inquiry.subject()));
        }
    }

    /**
     * @param inquiry the inquiry the asker wrote to
     * @param holders the organizations holding it; the secretariat hears when none does
     */
    public void askerWrote(Inquiry inquiry, Collection<String> holders) {
        Notifications.Message message = notification(NoticeWording.ASKER_WROTE, inquiry, inquiry.subject());
        if (holders.isEmpty()) {
            inbox.send(Recipient.role("secretariat"), message);
        }
        holders.forEach(organization -> inbox.send(Recipient.organization(organization), message));
    }

    /** @param inquiry the inquiry @param organization the organization that handed it back */
    public void handedBack(Inquiry inquiry, String organization) {
        inbox.send(Recipient.role("secretariat"), notification(NoticeWording.HANDED_BACK, inquiry, organization));
    }

    /**
     * A person was assigned the inquiry by someone else: a mail in their language with the reference, the subject and
     * the case's page. People without an address follow their queue in the portal.
     *
     * @param em       the request's entity manager
     * @param inquiry  the inquiry
     * @param assignee the person assigned
     * @param now      the time
     */
    public void assigned(EntityManager em, Inquiry inquiry, Person assignee, Instant now) {
        Locale language = Languages.of(assignee.language());
        toPerson(em, inquiry, assignee, NoticeWording.ASSIGNED_SUBJECT.in(language, inquiry.reference()),
                NoticeWording.ASSIGNED_TEXT.in(language, assignee.displayName(), inquiry.reference(),
                        inquiry.subject(), page(inquiry)), now);
    }

    /**
     * A target of an inquiry an assignee works is due soon or overdue: a mail in their language.
     *
     * @param em       the task's entity manager
     * @param warning  what is at risk
     * @param assignee the person assigned
     * @param now      the time
     */
    public void levelWarning(EntityManager em, LevelWarnings.Warning warning, Person assignee, Instant now) {
        Locale language = Languages.of(assignee.language());
        Inquiry inquiry = warning.inquiry();
        String title = levelWarningTitle(warning, language);
        toPerson(em, inquiry, assignee, title, NoticeWording.LEVEL_WARNING_TEXT.in(language, title, inquiry.subject(),
                warning.due().atZone(BusinessDays.ZONE).format(DUE), page(inquiry)), now);
    }

    /** @param warning what is at risk in an inquiry nobody is assigned to: the secretariat's inbox hears */
    public void levelWarningToSecretariat(LevelWarnings.Warning warning) {
        Inquiry inquiry = warning.inquiry();
        inbox.send(Recipient.role("secretariat"), new Notifications.Message(
                levelWarningTitle(warning, Locale.JAPANESE), levelWarningTitle(warning, Locale.ENGLISH),
                inquiry.subject(), inquiry.subject(), QUEUE_PAGE + "?ref=" + inquiry.reference()));
    }

    private static String levelWarningTitle(LevelWarnings.Warning warning, Locale language) {
        NoticeWording title = warning.state() == LevelState.OVERDUE ? NoticeWording.OVERDUE : NoticeWording.DUE_SOON;
        return title.in(language, warning.target().label(language), warning.inquiry().reference());
    }

    /** @return a notification in both languages titled by {@code title} with the reference, of the case's page */
    private static Notifications.Message notification(NoticeWording title, Inquiry inquiry, String text) {
        return new Notifications.Message(title.in(Locale.JAPANESE, inquiry.reference()),
                title.in(Locale.ENGLISH, inquiry.reference()), text, text, QUEUE_PAGE + "?ref=" + inquiry.reference());
    }

    private URI page(Inquiry inquiry) {
        return portalUrl.apply(QUEUE_PAGE + "?ref=" + inquiry.reference());
    }

    private String howToAnswer(Inquiry inquiry, Locale language) {
        if (inquiry.asker().userId().isPresent()) {
            return NoticeWording.ANSWER_IN_PORTAL.in(language,
                    portalUrl.apply("/p/inquiries/mine?ref=" + inquiry.reference()));
        }
        return NoticeWording.ANSWER_THROUGH_LINK.in(language, inquiry.reference());
    }

    /** People without an address follow their queue in the portal. */
    private static void toPerson(EntityManager em, Inquiry inquiry, Person person, String subject, String text,
                                 Instant now) {
        if (person.email() != null && person.email().contains("@")) {
            em.persist(new Notice(inquiry.id(), person.email(), Languages.of(person.language()), subject, text, now));
        }
    }

    /** Askers without an address (an account without one) are not written to; they follow the inquiry in the portal. */
    private static void toAsker(EntityManager em, Inquiry inquiry, String subject, String text, Instant now) {
        if (!inquiry.asker().email().contains("@")) {
            return;
        }
        em.persist(new Notice(inquiry.id(), inquiry.asker().email(), inquiry.language().locale(), subject, text, now));
    }
}
