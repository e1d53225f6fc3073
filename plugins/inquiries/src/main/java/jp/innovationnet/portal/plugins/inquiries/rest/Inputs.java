package jp.innovationnet.portal.plugins.inquiries.rest;

import java.util.List;

/** The JSON bodies the desk's routes read. */
public final class Inputs {

    private Inputs() {
    }

    /**
     * A file sent in the JSON.
     *
     * @param filename      its name
     * @param contentBase64 its bytes in Base64
     */
    public record AttachmentInput(String filename, String contentBase64) {
    }

    /**
     * A new inquiry. Logged-in askers need not send name, email, formToken or website.
     *
     * @param topic        a topic code
     * @param region       a region code
     * @param language     ja or en
     * @param subject      the subject
     * @param text         the question
     * @param attachments  files
     * @param name         the visitor's name
     * @param email        the visitor's address
     * @param organization the organization they ask for
     * @param formToken    the public form's token
     * @param website      the honeypot
     */
    public record Submission(String topic, String region, String language, String subject, String text,
                             List<AttachmentInput> attachments, String name, String email, String organization,
                             String formToken, String website) {
    }

    /**
     * A message to the thread.
     *
     * @param kind        reply, note or asker (through the private link: always asker)
     * @param text        the text
     * @param attachments files
     */
    public record MessageInput(String kind, String text, List<AttachmentInput> attachments) {
    }

    /**
     * Routing to organizations.
     *
     * @param organizations their ids
     * @param note          the routing note, for staff
     */
    public record ReferralInput(List<String> organizations, String note) {
    }

    /** @param note why the organization hands the inquiry back */
    public record HandBackInput(String note) {
    }

    /** @param userId the assignee; null clears */
    public record AssigneeInput(String userId) {
    }
}
