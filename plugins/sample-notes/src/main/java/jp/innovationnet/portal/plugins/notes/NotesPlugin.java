package jp.innovationnet.portal.plugins.notes;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.PortalPlugin;
import jp.innovationnet.portal.plugin.api.event.CoreEvent;
import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.service.Notifications;
import jp.innovationnet.portal.plugin.api.web.NavigationEntry;
import jp.innovationnet.portal.plugin.api.web.PageSection;

/**
 * The sample plugin: notes that the staff of a member organization share among themselves. It exercises every
 * part of the contract: routes with different access, its own entity and migration, navigation, core services and
 * a reaction to core events (a withdrawn organization's notes are archived).
 */
@Component(service = PortalPlugin.class)
public class NotesPlugin implements PortalPlugin {

    private static final Access WRITERS = Access.anyRole("member-admin", "member-staff", "coordinator",
            "secretariat");

    private PluginContext context;

    @Override
    public Set<Class<?>> entityClasses() {
        return Set.of(Note.class);
    }

    @Override
    public void start(PluginContext context) {
        this.context = context;
        var routes = context.routes();
        routes.get("/about", Access.PUBLIC, "What this plugin is and which version serves", this::about);
        routes.get("/me", Access.AUTHENTICATED, "The caller as this plugin sees it", this::me);
        routes.get("/notes", Access.AUTHENTICATED, "Notes of the caller's organization", this::list);
        routes.post("/notes", WRITERS, "Write a note for the caller's organization", this::create);
        routes.get("/notes/{id}", Access.AUTHENTICATED, "One note of the caller's organization", this::get);
        routes.delete("/notes/{id}", WRITERS, "Archive a note", this::archive);
        context.addNavigationEntry(new NavigationEntry("notes", "メモ", "Notes", "notes.js", Set.of(), 100));
        context.addPageSection(new PageSection("notes", PageSection.ORGANIZATION_PROFILE, "メモ", "Notes",
                "profile-notes.js", Set.of(), 100));
        context.onCoreEvent(this::onCoreEvent);
    }

    private RouteResponse about(RouteRequest request) {
        String version = FrameworkUtil.getBundle(NotesPlugin.class).getVersion().toString();
        return RouteResponse.ok(Map.of("plugin", context.pluginId(), "version", version));
    }

    private RouteResponse me(RouteRequest request) {
        Caller caller = request.caller();
        return RouteResponse.ok(Map.of("userId", caller.userId(), "username", caller.username(),
                "roles", caller.roles().stream().sorted().toList(),
                "organization", caller.organizationId().orElse("")));
    }

    private RouteResponse list(RouteRequest request) {
        String organization = organizationOf(request.caller());
        List<NoteView> notes = request.entityManager()
                .createQuery("select n from Note n where n.organizationId = :org and n.archived = false"
                        + " order by n.id desc", Note.class)
                .setParameter("org", organization).setMaxResults(100).getResultList()
                .stream().map(Note::view).toList();
        return RouteResponse.ok(notes);
    }

    private RouteResponse create(RouteRequest request) {
        NewNote input = request.body(NewNote.class);
        Caller caller = request.caller();
        Note note = new Note(organizationOf(caller), input.title(), input.body(), caller.userId());
        EntityManager em = request.entityManager();
        em.persist(note);
        em.flush();
        context.audit().record("note.created", "note", String.valueOf(note.id()),
                Map.of("title", input.title(), "organization", note.organizationId()));
        context.notifications().send(Notifications.Recipient.organization(note.organizationId()),
                new Notifications.Message("新しいメモ: " + input.title(), "New note: " + input.title(),
                        caller.displayName() + "さんがメモを書きました。", caller.displayName() + " wrote a note.",
                        "/p/notes/notes"));
        return RouteResponse.created(URI.create("notes/" + note.id()), note.view());
    }

    private RouteResponse get(RouteRequest request) {
        return RouteResponse.ok(find(request).view());
    }

    private RouteResponse archive(RouteRequest request) {
        Note note = find(request);
        note.archive();
        context.audit().record("note.archived", "note", String.valueOf(note.id()), Map.of());
        return RouteResponse.noContent();
    }

    /** Finds a note of the caller's organization; another organization's note does not exist for the caller. */
    private static Note find(RouteRequest request) {
        long id;
        try {
            id = Long.parseLong(request.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("id", "must be a number");
        }
        Note note = request.entityManager().find(Note.class, id);
        if (note == null || !note.organizationId().equals(organizationOf(request.caller()))) {
            throw ProblemException.notFound("note " + id);
        }
        return note;
    }

    private static String organizationOf(Caller caller) {
        return caller.organizationId().orElseThrow(() ->
                ProblemException.forbidden("notes belong to an organization, and you act for none"));
    }

    private void onCoreEvent(CoreEvent event, EntityManager em) {
        if (event.type() == CoreEvent.Type.ORGANIZATION_WITHDRAWN) {
            em.createQuery("update Note n set n.archived = true where n.organizationId = :org")
                    .setParameter("org", event.organizationId()).executeUpdate();
        }
    }
}
