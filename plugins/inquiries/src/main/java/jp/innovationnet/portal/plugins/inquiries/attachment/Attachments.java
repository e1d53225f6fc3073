package jp.innovationnet.portal.plugins.inquiries.attachment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

/** Storing the checked files of a message, listing those of a thread, and reading one's bytes. */
public final class Attachments {

    /** At most this many files per message. */
    public static final int MAX_FILES = 5;
    /**
     * At most this many bytes of files per message, together: sent as Base64 in JSON they stay under the portal's
     * default limit of a plugin request's body (16 MiB).
     */
    public static final int MAX_TOTAL_BYTES = 10 * 1024 * 1024;

    private final EntityManager em;

    /** @param em the request's entity manager */
    public Attachments(EntityManager em) {
        this.em = em;
    }

    /**
     * @param inquiryId the inquiry
     * @param messageId the message they come with
     * @param files     the checked files
     * @param now       the time
     */
    public void store(long inquiryId, long messageId, List<CheckedFile> files, Instant now) {
        for (CheckedFile file : files) {
            Attachment attachment = new Attachment(inquiryId, messageId, file, now);
            em.persist(attachment);
            em.flush();
            em.persist(new AttachmentContent(attachment.id(), file.content()));
        }
    }

    /** @param inquiryId an inquiry @return its attachments' metadata by message id */
    public Map<Long, List<Attachment>> byMessage(long inquiryId) {
        return em.createQuery("SELECT a FROM Attachment a WHERE a.inquiryId = :inquiry ORDER BY a.id",
                        Attachment.class).setParameter("inquiry", inquiryId).getResultStream()
                .collect(Collectors.groupingBy(Attachment::messageId));
    }

    /**
     * @param inquiryId the inquiry
     * @param id        an attachment id
     * @return that attachment, if it belongs to the inquiry
     */
    public Optional<Attachment> find(long inquiryId, long id) {
        return Optional.ofNullable(em.find(Attachment.class, id)).filter(a -> a.inquiryId() == inquiryId);
    }

    /** @param attachment an attachment @return its bytes */
    public byte[] content(Attachment attachment) {
        return em.find(AttachmentContent.class, attachment.id()).content();
    }
}
