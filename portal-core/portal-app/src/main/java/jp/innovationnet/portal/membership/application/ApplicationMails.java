package jp.innovationnet.portal.membership.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.innovationnet.portal.mail.MailOutbox;
import jp.innovationnet.portal.mail.OutgoingMail;

/**
 * The mails an applicant gets, in the language they chose (Japanese or English): the confirmation with their
 * reference and private link, the secretariat's questions, and the decision. Each is queued in the caller's
 * transaction ({@link MailOutbox}), so a rolled-back step sends nothing.
 */
@ApplicationScoped
public class ApplicationMails {

    @Inject
    MailOutbox outbox;

    @Inject
    @ConfigProperty(name = "portal.base.url", defaultValue = "http://localhost:9080")
    String baseUrl;

    /**
     * @param accessToken the private link's token
     * @return the private link: where the applicant reads their application and answers questions
     */
    public String privateLink(String accessToken) {
        return baseUrl.replaceAll("/+$", "") + "/apply/" + accessToken;
    }

    /**
     * @param application the application just submitted
     * @param orgName     the applying organization's name
     * @param accessToken the private link's token
     */
    void confirm(MembershipApplication application, String orgName, String accessToken) {
        Applicant a = application.applicant();
        String link = privateLink(accessToken);
        send(a, "入会申込を受け付けました（受付番号 " + application.getReference() + "）",
                a.name() + " 様\n\n" + orgName + " の全国イノベーション推進機関ネットワークへの入会申込を受け付けました。\n"
                        + "受付番号: " + application.getReference() + "\n\n"
                        + "審査の状況の確認と事務局からの質問への回答は、次の専用リンクから行えます"
                        + "（このリンクはご本人だけのものです。転送しないでください）。\n" + link + "\n\n"
                        + "全国イノベーション推進機関ネットワーク 事務局",
                "We have received your application (reference " + application.getReference() + ")",
                "Dear " + a.name() + ",\n\nWe have received the application of " + orgName
                        + " for membership of the Innovation Initiative Network Japan.\nReference: "
                        + application.getReference() + "\n\n"
                        + "Follow its review and answer the secretariat's questions through your private link "
                        + "(it is yours alone: please do not forward it):\n" + link + "\n\n"
                        + "Secretariat, Innovation Initiative Network Japan");
    }

    /**
     * @param application the application
     * @param question    the secretariat's question
     */
    void ask(MembershipApplication application, String question) {
        Applicant a = application.applicant();
        send(a, "入会申込について追加情報のお願い（受付番号 " + application.getReference() + "）",
                a.name() + " 様\n\n入会申込の審査にあたり、事務局から次の点をお尋ねします。\n\n" + question + "\n\n"
                        + "受付時にお送りした専用リンクからご回答ください。\n\n全国イノベーション推進機関ネットワーク 事務局",
                "More information needed for your application (reference " + application.getReference() + ")",
                "Dear " + a.name() + ",\n\nTo review your application, the secretariat asks:\n\n" + question + "\n\n"
                        + "Please answer through the private link we sent you with the confirmation.\n\n"
                        + "Secretariat, Innovation Initiative Network Japan");
    }

    /**
     * @param application the approved application
     * @param orgName     the organization's name
     */
    void approved(MembershipApplication application, String orgName) {
        Applicant a = application.applicant();
        send(a, "入会が承認されました（受付番号 " + application.getReference() + "）",
                a.name() + " 様\n\n" + orgName + " の入会が承認されました。ようこそ全国イノベーション推進機関ネットワークへ。\n"
                        + "会員ポータルの管理者アカウントへの招待を別途お送りします。\n\n全国イノベーション推進機関ネットワーク 事務局",
                "Your application has been approved (reference " + application.getReference() + ")",
                "Dear " + a.name() + ",\n\nThe membership of " + orgName + " has been approved. Welcome to the "
                        + "Innovation Initiative Network Japan.\nAn invitation to your administrator account on the "
                        + "member portal follows in a separate mail.\n\n"
                        + "Secretariat, Innovation Initiative Network Japan");
    }

    /**
     * @param application the rejected application
     * @param reason      why
     */
    void rejected(MembershipApplication application, String reason) {
        Applicant a = application.applicant();
        send(a, "入会申込の審査結果（受付番号 " + application.getReference() + "）",
                a.name() + " 様\n\n審査の結果、このたびの入会申込は承認に至りませんでした。\n理由:\n" + reason + "\n\n"
                        + "全国イノベーション推進機関ネットワーク 事務局",
                "The result of your application (reference " + application.getReference() + ")",
                "Dear " + a.name() + ",\n\nAfter review, we are unable to approve this application.\nReason:\n"
                        + reason + "\n\nSecretariat, Innovation Initiative Network Japan");
    }

    private void send(Applicant to, String subjectJa, String textJa, String subjectEn, String textEn) {
        outbox.enqueue(to.english() ? OutgoingMail.of(to.email(), to.language(), subjectEn, textEn)
                : OutgoingMail.of(to.email(), to.language(), subjectJa, textJa));
    }
}
