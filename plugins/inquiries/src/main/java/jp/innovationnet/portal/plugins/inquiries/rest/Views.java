package jp.innovationnet.portal.plugins.inquiries.rest;

import java.util.List;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/**
 * What the desk's routes answer, as public records JSON-B writes. Times are ISO-8601 strings (UTC), absent ones
 * null; every code comes with its label in the reader's language.
 */
public final class Views {

    private Views() {
    }

    /**
     * A code of a closed list and its label.
     *
     * @param code the code
     * @param ja   the Japanese label
     * @param en   the English label
     */
    public record Choice(String code, String ja, String en) {

        /** @param value a value of a closed list @return it with both its labels */
        static Choice of(Coded value) {
            return new Choice(value.code(), value.labelJa(), value.labelEn());
        }
    }

    /**
     * The public form.
     *
     * @param formToken the form's token, to send back
     * @param topics    the topics
     * @param regions   the regions
     * @param languages the languages
     */
    public record Form(String formToken, List<Choice> topics, List<Choice> regions, List<Choice> languages) {
    }

    /**
     * An inquiry just submitted.
     *
     * @param reference its reference number
     * @param status    new
     * @param trackUrl  the private link (the only time it is shown)
     */
    public record Created(String reference, String status, String trackUrl) {
    }

    /**
     * @param id        its id, for the download route
     * @param filename  its name
     * @param mediaType the type its content was found to be
     * @param size      its size in bytes
     */
    public record AttachmentView(long id, String filename, String mediaType, int size) {
    }

    /**
     * A message of the thread.
     *
     * @param id           its id
     * @param kind         question, reply, asker or note
     * @param kindLabel    the kind in the reader's language
     * @param author       who wrote it
     * @param organization the organization it was written for (staff messages), as a name
     * @param text         plain text
     * @param createdAt    when
     * @param attachments  its files
     */
    public record MessageView(long id, String kind, String kindLabel, String author, String organization,
                              String text, String createdAt, List<AttachmentView> attachments) {
    }

    /**
     * A receiving organization as the staff see it.
     *
     * @param organizationId   its id
     * @param organization     its name in the reader's language
     * @param status           received, accepted, answered, referred or handed-back
     * @param statusLabel      the status in the reader's language
     * @param note             the routing note (or the reason it was handed back)
     * @param routedFrom       the organization that referred it onward, if one did
     * @param assigneeUserId   the person assigned, if any
     * @param assigneeName     their name
     * @param createdAt        when it was routed there
     * @param changedAt        when its status last changed
     */
    public record ReferralView(String organizationId, String organization, String status, String statusLabel,
                               String note, String routedFrom, String assigneeUserId, String assigneeName,
                               String createdAt, String changedAt) {
    }

    /**
     * A person the caller may assign to an organization's referral.
     *
     * @param userId      their user id, to send as {@code userId}
     * @param username    their user name
     * @param displayName their name
     * @param roles       their staff-side and other portal roles, sorted
     */
    public record AssignableView(String userId, String username, String displayName, List<String> roles) {
    }

    /**
     * An inquiry as its asker sees it: no notes, no routing, no assignments.
     *
     * @param reference   its reference number
     * @param topic       the topic
     * @param topicLabel  the topic in the reader's language
     * @param region      the region
     * @param regionLabel the region in the reader's language
     * @param language    the asker's language
     * @param status      the status
     * @param statusLabel the status in the reader's language
     * @param subject     the subject
     * @param createdAt   when it was asked
     * @param receivers   the names of the organizations working on it
     * @param messages    question, replies and the asker's messages
     */
    public record AskerView(String reference, String topic, String topicLabel, String region, String regionLabel,
                            String language, String status, String statusLabel, String subject, String createdAt,
                            List<String> receivers, List<MessageView> messages) {
    }

    /**
     * The whole case, for the secretariat and the receiving organizations.
     *
     * @param reference         its reference number
     * @param topic             the topic
     * @param topicLabel        the topic in the reader's language
     * @param region            the region
     * @param regionLabel       the region in the reader's language
     * @param language          the asker's language
     * @param status            the status
     * @param statusLabel       the status in the reader's language
     * @param subject           the subject
     * @param askerName         the asker's name
     * @param askerEmail        the asker's address
     * @param askerOrganization the organization they ask for
     * @param askerUserId       the asker's user, if they were logged in
     * @param createdAt         when it was asked
     * @param changedAt         when it last changed
     * @param firstResponseAt   the first reply
     * @param firstResponseDue  when the first response is due
     * @param resolutionDue     when the resolution is due
     * @param closedAt          when it was closed
     * @param firstResponseState where the first response stands against its target
     * @param resolutionState   where the resolution stands against its target
     * @param version           the optimistic lock's version
     * @param referrals         where it was routed
     * @param messages          the whole thread, notes included
     */
    public record StaffView(String reference, String topic, String topicLabel, String region, String regionLabel,
                            String language, String status, String statusLabel, String subject, String askerName,
                            String askerEmail, String askerOrganization, String askerUserId, String createdAt,
                            String changedAt, String firstResponseAt, String firstResponseDue, String resolutionDue,
                            String closedAt, LevelView firstResponseState, LevelView resolutionState,
                            long version, List<ReferralView> referrals,
                            List<MessageView> messages) {
    }

    /**
     * An inquiry in a list.
     *
     * @param reference   its reference number
     * @param topic       the topic
     * @param topicLabel  the topic in the reader's language
     * @param region      the region
     * @param status      the status
     * @param statusLabel the status in the reader's language
     * @param subject     the subject
     * @param createdAt   when it was asked
     * @param changedAt   when it last changed
     * @param firstResponseState where the first response stands against its target (in the staff's queue only)
     * @param resolutionState    where the resolution stands against its target (in the staff's queue only)
     * @param receivers   the organizations it was routed to, with their assignees (in the staff's queue only)
     */
    public record Summary(String reference, String topic, String topicLabel, String region, String status,
                          String statusLabel, String subject, String createdAt, String changedAt,
                          LevelView firstResponseState, LevelView resolutionState, List<ReferralView> receivers) {
    }

    /**
     * Where a case stands against a service-level target.
     *
     * @param code  on-time, due-soon, overdue, met or missed
     * @param label the state in the reader's language
     */
    public record LevelView(String code, String label) {
    }

    /**
     * A page of a list.
     *
     * @param items      the inquiries
     * @param total      how many match in all, or when not {@code totalExact} how many were counted (there are more)
     * @param totalExact whether {@code total} is all there are
     * @param offset     how many were skipped
     * @param limit      the page's size
     */
    public record Page(List<Summary> items, long total, boolean totalExact, int offset, int limit) {
    }
}
