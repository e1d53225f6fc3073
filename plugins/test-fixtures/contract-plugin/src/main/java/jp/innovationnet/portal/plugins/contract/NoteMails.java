package jp.innovationnet.portal.plugins.contract;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.kit.Languages;
import jp.innovationnet.portal.plugin.api.service.Mail;

/** The contract fixture's mails, in the reader's language. */
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
        Locale language = Languages.of(Locale.of(note.remindLanguage()));
        return new Mail.Email(note.remindTo(), language, NoteWording.REMINDER_SUBJECT.in(language, note.title()),
                NoteWording.REMINDER_BODY.in(language, note.body(), context.portalUrl("/p/contract/notes").toString()),
                List.of());
    }

    /**
     * @param note   a note
     * @param to     to whom
     * @param reader their language
     * @return the note by mail, with the note as a text attachment
     */
    Mail.Email shared(Note note, String to, Locale reader) {
        Locale language = Languages.of(reader);
        return new Mail.Email(to, language, NoteWording.SHARED_SUBJECT.in(language, note.title()),
                NoteWording.SHARED_BODY.in(language), List.of(new Mail.Attachment("note-" + note.id() + ".txt",
                        "text/plain; charset=UTF-8", (note.title() + "\n\n" + note.body()).getBytes(StandardCharsets.UTF_8))));
    }
}
