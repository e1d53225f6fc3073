package jp.innovationnet.portal.plugins.inquiries.attachment;

/** Why a file is not taken. */
public enum Refusal {
    /** Over {@link FileCheck#MAX_BYTES}. */
    TOO_LARGE,
    /** Empty. */
    EMPTY,
    /** An extension not on the list (or none). */
    EXTENSION_NOT_ALLOWED,
    /** Its content is of a type not allowed: an executable, HTML, SVG, a script, an archive... */
    TYPE_NOT_ALLOWED,
    /** Its content is of another allowed type than its name says. */
    DISGUISED
}
