package jp.innovationnet.portal.plugins.inquiries.rest;

import jp.innovationnet.portal.plugins.inquiries.canned.CannedReply;
import jp.innovationnet.portal.plugins.inquiries.canned.ReplyDraft;

/**
 * A canned reply.
 *
 * @param id        its id
 * @param topic     its topic code, or null for any topic
 * @param titleJa   its title in Japanese
 * @param titleEn   its title in English
 * @param textJa    its text in Japanese
 * @param textEn    its text in English
 * @param updatedAt when it was last written (ISO-8601)
 */
public record CannedReplyView(long id, String topic, String titleJa, String titleEn, String textJa, String textEn,
                              String updatedAt) {

    static CannedReplyView of(CannedReply reply) {
        ReplyDraft draft = reply.draft();
        return new CannedReplyView(reply.id(), draft.topic() == null ? null : draft.topic().code(), draft.titleJa(),
                draft.titleEn(), draft.textJa(), draft.textEn(), reply.updatedAt().toString());
    }
}
