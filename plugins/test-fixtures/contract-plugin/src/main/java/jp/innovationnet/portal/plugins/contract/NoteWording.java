package jp.innovationnet.portal.plugins.contract;

import jp.innovationnet.portal.plugin.api.kit.Wording;

/** What the contract fixture says, in {@code messages_ja.properties} and {@code messages_en.properties}. */
enum NoteWording implements Wording {
    /** {0}: the title. */
    NEW_NOTE_SUBJECT,
    /** {0}: who wrote it. */
    NEW_NOTE_BODY,
    /** {0}: the title. */
    REMINDER_SUBJECT,
    /** {0}: the note's text, {1}: the link to the notes. */
    REMINDER_BODY,
    /** {0}: the title. */
    SHARED_SUBJECT,
    /** The mail's text; the note is attached. */
    SHARED_BODY,
    /** {0}: the visitor's title. */
    SUGGESTION_TITLE,
    /** The alias names no active member. */
    NO_ACTIVE_ORGANIZATION
}
