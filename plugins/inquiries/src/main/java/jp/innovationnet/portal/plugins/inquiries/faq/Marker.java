package jp.innovationnet.portal.plugins.inquiries.faq;

import jp.innovationnet.portal.plugin.api.kit.Wording;

/**
 * What an FAQ draft shows where something was removed, in the text's language: the texts are in this package's
 * {@code messages_ja.properties} and {@code messages_en.properties}.
 */
enum Marker implements Wording {
    /** A web address. */
    URL,
    /** An e-mail address. */
    EMAIL,
    /** A telephone number. */
    PHONE,
    /** The asker's name. */
    NAME,
    /** The asker's organization. */
    ORGANIZATION,
    /** The name of a member of staff who replied. */
    STAFF_NAME
}
