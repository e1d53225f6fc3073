package jp.innovationnet.portal.plugins.inquiries.rest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugin.api.kit.Languages;
import jp.innovationnet.portal.plugin.api.service.MemberDirectory;
import jp.innovationnet.portal.plugin.api.service.OrganizationSummary;
import jp.innovationnet.portal.plugins.inquiries.attachment.Attachment;
import jp.innovationnet.portal.plugins.inquiries.attachment.Attachments;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Inquiry;
import jp.innovationnet.portal.plugins.inquiries.message.Conversation;
import jp.innovationnet.portal.plugins.inquiries.message.Message;
import jp.innovationnet.portal.plugins.inquiries.referral.Referral;
import jp.innovationnet.portal.plugins.inquiries.servicelevel.ServiceLevels;

/** Writes inquiries for their readers: the asker's view leaves out notes, routing and assignments. */
final class CaseViews {

    private final MemberDirectory directory;
    private final ServiceLevels levels;
    private final Clock clock;

    CaseViews(MemberDirectory directory, ServiceLevels levels, Clock clock) {
        this.directory = directory;
        this.levels = levels;
        this.clock = clock;
    }

    /** @return the view the case's standing entitles the reader to */
    Object of(Case found, EntityManager em, Locale locale) {
        return found.standing().staff() ? staff(found, em, locale) : asker(found, em, locale);
    }

    Views.AskerView asker(Case found, EntityManager em, Locale locale) {
        Inquiry i = found.inquiry();
        List<String> receivers = found.referrals().stream().filter(r -> r.status().active())
                .map(r -> organizationName(r.organizationId(), locale)).toList();
        return new Views.AskerView(i.reference(), i.topic().code(), i.topic().label(locale), i.region().code(),
                i.region().label(locale), i.language().code(), i.status().code(), i.status().label(locale),
                i.subject(), i.createdAt().toString(), receivers, messages(i, em, true, locale));
    }

    Views.StaffView staff(Case found, EntityManager em, Locale locale) {
        Inquiry i = found.inquiry();
        List<Views.ReferralView> referrals = found.referrals().stream().map(r -> referral(r, locale)).toList();
        return new Views.StaffView(i.reference(), i.topic().code(), i.topic().label(locale), i.region().code(),
                i.region().label(locale), i.language().code(), i.status().code(), i.status().label(locale),
                i.subject(), i.asker().name(), i.asker().email(), i.asker().organization().orElse(null),
                i.asker().userId().orElse(null), i.createdAt().toString(), i.changedAt().toString(),
                time(i.firstResponseAt()), time(i.firstResponseDue()), time(i.resolutionDue()), time(i.closedAt()),
                firstResponse(i, clock.instant(), locale), resolution(i, clock.instant(), locale), i.version(),
                referrals, messages(i, em, false, locale));
    }

    /** @return the inquiry in a list for its asker, without service levels */
    static Views.Summary summary(Inquiry i, Locale locale) {
        return summary(i, locale, null, null, null);
    }

    /**
     * @param i         an inquiry of the queue
     * @param referrals its referrals
     * @return the inquiry in the staff's queue, with where it stands against the service levels now and who holds it
     */
    Views.Summary queueItem(Inquiry i, List<Referral> referrals, Locale locale) {
        Instant now = clock.instant();
        return summary(i, locale, firstResponse(i, now, locale), resolution(i, now, locale),
                referrals.stream().map(r -> referral(r, locale)).toList());
    }

    private static Views.Summary summary(Inquiry i, Locale locale, Views.LevelView firstResponse,
                                         Views.LevelView resolution, List<Views.ReferralView> receivers) {
        return new Views.Summary(i.reference(), i.topic().code(), i.topic().label(locale), i.region().code(),
                i.status().code(), i.status().label(locale), i.subject(), i.createdAt().toString(),
                i.changedAt().toString(), firstResponse, resolution, receivers);
    }

    /** The first response is done with the first reply, or when the case is resolved without one. */
    private Views.LevelView firstResponse(Inquiry i, Instant now, Locale locale) {
        return level(i.firstResponseDue(), i.firstResponseAt().or(i::resolvedAt), now, locale);
    }

    private Views.LevelView resolution(Inquiry i, Instant now, Locale locale) {
        return level(i.resolutionDue(), i.resolvedAt(), now, locale);
    }

    private Views.LevelView level(Optional<Instant> due, Optional<Instant> done, Instant now, Locale locale) {
        return due.map(d -> levels.state(d, done.orElse(null), now))
                .map(state -> new Views.LevelView(state.code(), state.label(locale))).orElse(null);
    }

    private Views.ReferralView referral(Referral r, Locale locale) {
        return new Views.ReferralView(r.organizationId(), organizationName(r.organizationId(), locale),
                r.status().code(), r.status().label(locale), r.note().orElse(null), r.routedFrom().orElse(null),
                r.assigneeUserId().orElse(null), r.assigneeName().orElse(null), r.createdAt().toString(),
                r.changedAt().toString());
    }

    private List<Views.MessageView> messages(Inquiry inquiry, EntityManager em, boolean asker, Locale locale) {
        Map<Long, List<Attachment>> files = new Attachments(em).byMessage(inquiry.id());
        return new Conversation(em).of(inquiry.id(), asker).stream().map(m -> message(m, files, locale)).toList();
    }

    private Views.MessageView message(Message m, Map<Long, List<Attachment>> files, Locale locale) {
        List<Views.AttachmentView> attachments = files.getOrDefault(m.id(), List.of()).stream()
                .map(a -> new Views.AttachmentView(a.id(), a.filename(), a.mediaType(), a.size())).toList();
        return new Views.MessageView(m.id(), m.kind().code(), m.kind().label(locale), m.author().name(),
                m.author().organizationId().map(o -> organizationName(o, locale)).orElse(null), m.text(),
                m.createdAt().toString(), attachments);
    }

    /** @return the organization's name in the reader's language, or its id when the directory does not know it */
    String organizationName(String organizationId, Locale locale) {
        return directory.find(organizationId).map(o -> name(o, locale)).orElse(organizationId);
    }

    /** @return the organization's name in the reader's language */
    static String name(OrganizationSummary organization, Locale locale) {
        return Languages.isJapanese(locale) ? organization.nameJa() : organization.nameEn();
    }

    private static String time(Optional<Instant> instant) {
        return instant.map(Instant::toString).orElse(null);
    }
}
