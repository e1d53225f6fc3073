package jp.innovationnet.portal.plugins.notes;

import static java.util.Locale.ENGLISH;
import static java.util.Locale.JAPANESE;

import java.net.URI;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.PortalPlugin;
import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.web.NavigationEntry;
import jp.innovationnet.portal.plugin.api.web.PageSection;

/**
 * The sample plugin, the one to copy: notes that the people of a member organization keep for each other; its staff
 * write them, its administrators archive them, nobody else sees them. Routes with the roles they need, an entity and
 * its migration, a body the core validates ({@link NewNote}), messages in both languages ({@link NoteWording}), and a
 * screen and a profile-page section in {@code web/} on the browser kit.
 */
@Component(service = PortalPlugin.class)
public class NotesPlugin implements PortalPlugin {

    /** Who sees the notes: the organization's staff and administrators, and coordinators working for it. */
    private static final Set<String> READERS = Set.of("member-admin", "member-staff", "coordinator");
    private static final Access READ = Access.anyRole(READERS.toArray(String[]::new));
    private static final Access WRITE = Access.anyRole("member-admin", "member-staff");
    private static final Access ARCHIVE = Access.anyRole("member-admin");

    @Override
    public Set<Class<?>> entityClasses() {
        return Set.of(Note.class);
    }

    @Override
    public void start(PluginContext context) {
        context.routes().get("/notes", READ, "The open notes of the caller's organization, newest first", this::list);
        context.routes().post("/notes", WRITE, "Write a note for the caller's organization", this::write);
        context.routes().post("/notes/{id}/archive", ARCHIVE, "Archive a note of the caller's organization",
                this::archive);
        context.addNavigationEntry(new NavigationEntry("notes", NoteWording.NOTES.in(JAPANESE),
                NoteWording.NOTES.in(ENGLISH), "notes.js", READERS, 100));
        context.addPageSection(new PageSection("notes", PageSection.ORGANIZATION_PROFILE,
                NoteWording.NOTES.in(JAPANESE), NoteWording.NOTES.in(ENGLISH), "profile-notes.js", READERS, 100));
    }

    /** The newest 100 open notes of the organization (a longer list would be paged with the kit's PageRequest). */
    private RouteResponse list(RouteRequest request) {
        return RouteResponse.ok(request.entityManager().createQuery("select n from Note n where n.organizationId = :org"
                        + " and n.archivedAt is null order by n.id desc", Note.class)
                .setParameter("org", organizationOf(request.caller())).setMaxResults(100).getResultList()
                .stream().map(Note::view).toList());
    }

    /** The core has validated the body (or answered 422 naming the fields) before this runs. */
    private RouteResponse write(RouteRequest request) {
        Note note = new Note(organizationOf(request.caller()), request.body(NewNote.class), request.caller().userId());
        request.entityManager().persist(note);
        request.entityManager().flush();
        NoteView view = note.view();
        return RouteResponse.created(URI.create("notes/" + view.id()), view);
    }

    /** Another organization's note, or a path id that is no number, does not exist for the caller: 404. */
    private RouteResponse archive(RouteRequest request) {
        String id = request.pathParam("id");
        Note note = id.matches("\\d{1,18}") ? request.entityManager().find(Note.class, Long.valueOf(id)) : null;
        if (note == null || !note.belongsTo(organizationOf(request.caller()))) {
            throw ProblemException.notFound("note " + id);
        }
        note.archive();
        return RouteResponse.ok(note.view());
    }

    private static String organizationOf(Caller caller) {
        return caller.organizationId().orElseThrow(() ->
                ProblemException.forbidden(NoteWording.NO_ORGANIZATION.in(caller.locale())));
    }
}
