package jp.innovationnet.portal.plugins.notes;

import jp.innovationnet.portal.plugin.api.kit.Wording;

/** What the notes plugin says, in {@code messages_ja.properties} and {@code messages_en.properties} beside it. */
enum NoteWording implements Wording {
    /** The screen's name in the navigation and the profile section's heading. */
    NOTES,
    /** The caller acts for no organization. */
    NO_ORGANIZATION
}
