package jp.innovationnet.portal.plugins.inquiries.attachment;

/**
 * A file whose content was checked against its name and the allowed types.
 *
 * @param filename  its safe name
 * @param mediaType the type of its content
 * @param content   its bytes
 */
public record CheckedFile(String filename, String mediaType, byte[] content) {
}
