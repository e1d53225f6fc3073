package jp.innovationnet.portal.plugins.inquiries.notice;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.service.Notifications;
import jp.innovationnet.portal.plugin.api.service.Notifications.Recipient;
import jp.innovationnet.portal.plugin.api.service.Person;
import jp.innovationnet.portal.plugins.inquiries.calendar.BusinessCalendar;
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
        boolean ja = japanese(inquiry);
        String subject = ja ? "お問い合わせを受け付けました（" + inquiry.reference() + "）"
                : "We have received your inquiry (" + inquiry.reference() + ")";
        String text = ja
                ? inquiry.asker().name() + " 様\n\nお問い合わせを受け付けました。\n\n受付番号: " + inquiry.reference()
                        + "\n件名: " + inquiry.subject() + "\n\n回答の確認と返信は次のリンクからできます（このリンクは他の方に"
                        + "知らせないでください）:\n" + trackUrl + "\n\nイノベーション推進ネットワーク 会員ワンストップ窓口\n"
                : "Dear " + inquiry.asker().name() + ",\n\nwe have received your inquiry.\n\nReference: "
                        + inquiry.reference() + "\nSubject: " + inquiry.subject() + "\n\nFollow the answers and reply"
                        + " through this private link (do not share it):\n" + trackUrl
                        + "\n\nInnovation Promotion Network, one-stop desk\n";
        toAsker(em, inquiry, subject, text, now);
        inbox.send(Recipient.role("secretariat"), new Notifications.Message(
                "新しいお問い合わせ " + inquiry.reference(), "New inquiry " + inquiry.reference(),
                inquiry.subject(), inquiry.subject(), QUEUE_PAGE + "?ref=" + inquiry.reference()));
    }

    /**
     * @param em      the request's entity manager
     * @param inquiry the inquiry
     * @param reply   the reply's text, sent in full
     * @param now     the time
     */
    public void replied(EntityManager em, Inquiry inquiry, String reply, Instant now) {
        boolean ja = japanese(inquiry);
        String subject = ja ? "お問い合わせへの回答（" + inquiry.reference() + "）"
                : "An answer to your inquiry (" + inquiry.reference() + ")";
        String text = ja
                ? inquiry.asker().name() + " 様\n\nお問い合わせ「" + inquiry.subject() + "」に回答がありました。\n\n"
                        + reply + "\n\n" + howToAnswer(inquiry, true)
                : "Dear " + inquiry.asker().name() + ",\n\nyour inquiry \"" + inquiry.subject()
                        + "\" has an answer.\n\n" + reply + "\n\n" + howToAnswer(inquiry, false);
        toAsker(em, inquiry, subject, text, now);
    }

    /** @param em the request's entity manager @param inquiry the inquiry just closed @param now the time */
    public void closed(EntityManager em, Inquiry inquiry, Instant now) {
        boolean ja = japanese(inquiry);
        String subject = ja ? "お問い合わせを完了しました（" + inquiry.reference() + "）"
                : "Your inquiry is closed (" + inquiry.reference() + ")";
        String text = ja
                ? inquiry.asker().name() + " 様\n\nお問い合わせ「" + inquiry.subject() + "」を完了としました。"
                        + "追加のご質問があれば返信してください（お問い合わせが再開されます）。\n\n" + howToAnswer(inquiry, true)
                : "Dear " + inquiry.asker().name() + ",\n\nyour inquiry \"" + inquiry.subject() + "\" is closed. If you"
                        + " have more to ask, write again: the inquiry is reopened.\n\n" + howToAnswer(inquiry, false);
        toAsker(em, inquiry, subject, text, now);
    }

    /** @param inquiry the inquiry @param organizations the organizations it was routed to now */
    public void routed(Inquiry inquiry, Collection<String> organizations) {
        for (String organization : organizations) {
            inbox.send(Recipient.organization(organization), new Notifications.Message(
                    "お問い合わせが回付されました " + inquiry.reference(), "An inquiry was routed to you " + inquiry.reference(),
                    inquiry.subject(), inquiry.subject(), QUEUE_PAGE + "?ref=" + inquiry.reference()));
        }
    }

    /**
     * @param inquiry the inquiry the asker wrote to
     * @param holders the organizations holding it; the secretariat hears when none does
     */
    public void askerWrote(Inquiry inquiry, Collection<String> holders) {
        Notifications.Message message = new Notifications.Message(
                "お問い合わせ者から返信がありました " + inquiry.reference(), "The asker wrote again " + inquiry.reference(),
                inquiry.subject(), inquiry.subject(), QUEUE_PAGE + "?ref=" + inquiry.reference());
        if (holders.isEmpty()) {
            inbox.send(Recipient.role("secretariat"), message);
        }
        holders.forEach(organization -> inbox.send(Recipient.organization(organization), message));
    }

    /** @param inquiry the inquiry @param organization the organization that handed it back */
    public void handedBack(Inquiry inquiry, String organization) {
        inbox.send(Recipient.role("secretariat"), new Notifications.Message(
                "お問い合わせが返却されました " + inquiry.reference(), "An inquiry was handed back " + inquiry.reference(),
                organization, organization, QUEUE_PAGE + "?ref=" + inquiry.reference()));
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
        if (assignee.email() == null || !assignee.email().contains("@")) {
            return;
        }
        boolean ja = assignee.language().getLanguage().equals(Locale.JAPANESE.getLanguage());
        URI page = portalUrl.apply(QUEUE_PAGE + "?ref=" + inquiry.reference());
        String subject = ja ? "お問い合わせの担当になりました（" + inquiry.reference() + "）"
                : "You were assigned an inquiry (" + inquiry.reference() + ")";
        String text = ja
                ? assignee.displayName() + " 様\n\n次のお問い合わせの担当者に指定されました。\n\n受付番号: " + inquiry.reference()
                        + "\n件名: " + inquiry.subject() + "\n\nポータルで確認してください: " + page
                        + "\n\nイノベーション推進ネットワーク 会員ワンストップ窓口\n"
                : "Dear " + assignee.displayName() + ",\n\nyou were assigned this inquiry.\n\nReference: "
                        + inquiry.reference() + "\nSubject: " + inquiry.subject() + "\n\nOpen it in the portal: " + page
                        + "\n\nInnovation Promotion Network, one-stop desk\n";
        em.persist(new Notice(inquiry.id(), assignee.email(), ja ? Locale.JAPANESE : Locale.ENGLISH, subject, text,
                now));
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
        if (assignee.email() == null || !assignee.email().contains("@")) {
            return;
        }
        boolean ja = assignee.language().getLanguage().equals(Locale.JAPANESE.getLanguage());
        Inquiry inquiry = warning.inquiry();
        em.persist(new Notice(inquiry.id(), assignee.email(), ja ? Locale.JAPANESE : Locale.ENGLISH,
                levelWarningTitle(warning, ja), levelWarningTitle(warning, ja) + "\n\n"
                + (ja ? "件名: " : "Subject: ") + inquiry.subject() + "\n" + (ja ? "期限: " : "Due: ")
                + warning.due().atZone(BusinessCalendar.TOKYO).format(DUE) + "\n\n"
                + portalUrl.apply(QUEUE_PAGE + "?ref=" + inquiry.reference()) + "\n", now));
    }

    /** @param warning what is at risk in an inquiry nobody is assigned to: the secretariat's inbox hears */
    public void levelWarningToSecretariat(LevelWarnings.Warning warning) {
        Inquiry inquiry = warning.inquiry();
        inbox.send(Recipient.role("secretariat"), new Notifications.Message(levelWarningTitle(warning, true),
                levelWarningTitle(warning, false), inquiry.subject(), inquiry.subject(),
                QUEUE_PAGE + "?ref=" + inquiry.reference()));
    }

    private static String levelWarningTitle(LevelWarnings.Warning warning, boolean ja) {
        String target = warning.target().label(ja);
        String reference = warning.inquiry().reference();
        boolean overdue = warning.state() == LevelState.OVERDUE;
        if (ja) {
            return (overdue ? target + "の期限を過ぎています（" : target + "の期限が近づいています（") + reference + "）";
        }
        return (overdue ? "The " + target + " is overdue (" : "The " + target + " is due soon (") + reference + ")";
    }

    private String howToAnswer(Inquiry inquiry, boolean ja) {
        if (inquiry.asker().userId().isPresent()) {
            URI page = portalUrl.apply("/p/inquiries/mine?ref=" + inquiry.reference());
            return ja ? "ポータルで確認・返信できます: " + page + "\n" : "Read and answer it in the portal: " + page + "\n";
        }
        return ja ? "受付時のメールにあるリンクから確認・返信できます（受付番号 " + inquiry.reference() + "）。\n"
                : "Read and answer it through the link in the mail that confirmed your inquiry (reference "
                        + inquiry.reference() + ").\n";
    }

    /** Askers without an address (an account without one) are not written to; they follow the inquiry in the portal. */
    private static void toAsker(EntityManager em, Inquiry inquiry, String subject, String text, Instant now) {
        if (!inquiry.asker().email().contains("@")) {
            return;
        }
        em.persist(new Notice(inquiry.id(), inquiry.asker().email(), inquiry.language().locale(), subject, text, now));
    }

    private static boolean japanese(Inquiry inquiry) {
        return inquiry.language().locale().equals(Locale.JAPANESE);
    }
}
