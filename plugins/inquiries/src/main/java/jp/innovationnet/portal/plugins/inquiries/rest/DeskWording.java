package jp.innovationnet.portal.plugins.inquiries.rest;

import jp.innovationnet.portal.plugin.api.kit.Wording;

/**
 * What the desk's routes tell people about input and refused actions, beyond the kit's own wording: the texts are in
 * this package's {@code messages_ja.properties} and {@code messages_en.properties}.
 */
enum DeskWording implements Wording {
    /** An attachment's content is not Base64. */
    NOT_BASE64,
    /** {0}: the most MiB of all files together. */
    FILES_TOO_LARGE,
    /** {0}: the inquiry's status, still open. */
    NOT_RESOLVED,
    /** Not an active organization of the network. */
    UNKNOWN_ORGANIZATION,
    /** An organization named twice. */
    DUPLICATE,
    /** Routed to an organization that holds it already. */
    ALREADY_ROUTED,
    /** A kind of message the caller may not write. */
    KIND_NOT_YOURS,
    /** {0}: the referral's status, or "-" when the organization has none. */
    NOT_HOLDING,
    /** {0}: the referral's status. */
    REFERRAL_STATE,
    /** {0}: the inquiry's status. */
    INQUIRY_STATE,
    /** Acting on another organization's referral. */
    NOT_YOUR_ORGANIZATION,
    /** Assigning someone who is not staff of the organization. */
    NOT_ASSIGNABLE,
    /** Assigning someone else without the right to. */
    SELF_ONLY,
    /** A routing rule with neither topic nor region. */
    TOPIC_OR_REGION,
    /** A routing rule that exists already. */
    DUPLICATE_RULE,
    /** An FAQ entry published without both languages. */
    REQUIRED_TO_PUBLISH
}
