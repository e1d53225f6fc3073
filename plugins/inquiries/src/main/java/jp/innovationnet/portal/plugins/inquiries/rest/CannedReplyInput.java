package jp.innovationnet.portal.plugins.inquiries.rest;

/**
 * A canned reply as the secretariat writes it; every text is required, in both languages.
 *
 * @param titleJa its title in Japanese
 * @param titleEn its title in English
 * @param textJa  its text in Japanese (plain text)
 * @param textEn  its text in English (plain text)
 * @param topic   a topic code, or null for any topic
 */
public record CannedReplyInput(String titleJa, String titleEn, String textJa, String textEn, String topic) {
}
