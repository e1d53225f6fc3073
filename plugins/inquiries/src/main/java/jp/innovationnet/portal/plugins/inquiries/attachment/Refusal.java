package jp.innovationnet.portal.plugins.inquiries.attachment;

import jp.innovationnet.portal.plugin.api.kit.Wording;

/**
 * Why a file is not taken, worded for its sender in this package's {@code messages_ja.properties} and
 * {@code messages_en.properties} ({@code {0}}: the most MiB of a file).
 */
public enum Refusal implements Wording {
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
