package jp.innovationnet.portal.plugins.notes;

import java.util.List;
import java.util.Locale;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.service.Mail;

/** The notes plugin's mails, in Japanese or English. */
final class NoteMails {

    private final PluginContext context;

    NoteMails(PluginContext context) {
        this.context = context;
    }

    /**
     * @param note a note with a reminder
     * @return the reminder, in the language asked for
     */
    Mail.Email reminder(Note note) {
        boolean ja = "ja".equals(note.remindLanguage());
        String link = context.portalUrl("/p/notes/notes").toString();
        return new Mail.Email(note.remindTo(), ja ? Locale.JAPANESE : Locale.ENGLISH,
                ja ? "リマインダー: " + note.title() : "Reminder: " + note.title(),
                note.body() + "\n\n" + (ja ? "メモ: " : "Notes: ") + link + "\n", List.of());
    }

    /**
     * @param note     a note
     * @param to       to whom
     * @param language their language
     * @return the note by mail, with the note as a text attachment
     */
    Mail.Email shared(Note note, String to, Locale language) {
        boolean ja = Locale.JAPANESE.getLanguage().equals(language.getLanguage());
        return new Mail.Email(to, ja ? Locale.JAPANESE : Locale.ENGLISH,
                ja ? "共有されたメモ: " + note.title() : "A note shared with you: " + note.title(),
                ja ? "メモが共有されました。添付ファイルをご覧ください。\n" : "A note was shared with you; it is attached.\n",
                List.of(new Mail.Attachment("note-" + note.id() + ".txt", "text/plain; charset=UTF-8",
                        (note.title() + "\n\n" + note.body()).getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }
}
