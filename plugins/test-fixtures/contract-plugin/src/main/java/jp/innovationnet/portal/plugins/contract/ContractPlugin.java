package jp.innovationnet.portal.plugins.contract;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.kit.KitWording;
import jp.innovationnet.portal.plugin.api.service.Notifications;
import jp.innovationnet.portal.plugin.api.web.NavigationEntry;
import jp.innovationnet.portal.plugin.api.web.PageSection;

/**
 * The contract fixture, a test plugin and not an example to copy (that is {@code plugins/sample-notes}): notes that
 * the staff of a member organization share among themselves, shaped so that the core's integration tests can reach
 * every part of the contract through it: routes with different access, its own entity and migrations, navigation
 * (a suggestion form for visitors too), core services, a reaction to core events (a withdrawn organization's notes
 * are archived), mails (a note shared by mail, reminders sent once from a scheduled task), a public form protected
 * by the core, the people of organizations (contract 1.3) and the activity log (contract 1.5).
 */
@Component(service = PortalPlugin.class)
public class ContractPlugin implements PortalPlugin {

    private static final Access SECRETARIAT = Access.anyRole("secretariat");
    private static final Access WRITERS = Access.anyRole("member-admin", "member-staff", "coordinator",
            "secretariat");

    /** How often due reminders are looked for. */
    static final Duration REMINDER_PERIOD = Duration.ofSeconds(10);

    private static final String SUGGESTION_FORM = "suggestion";

    private PluginContext context;
    private NoteMails mails;
    private Reminders reminders;

    @Override
    public Set<Class<?>> entityClasses() {
        return Set.of(Note.class);
    }

    @Override
    public void start(PluginContext context) {
        this.context = context;
        this.mails = new NoteMails(context);
        this.reminders = new Reminders(context, mails);
        var routes = context.routes();
        routes.get("/about", Access.PUBLIC, "What this plugin is and which version serves", this::about);
        routes.get("/me", Access.AUTHENTICATED, "The caller as this plugin sees it", this::me);
        routes.get("/notes", Access.AUTHENTICATED, "Notes of the caller's organization", this::list);
        routes.post("/notes", WRITERS, "Write a note for the caller's organization", this::create);
        routes.get("/notes/{id}", Access.AUTHENTICATED, "One note of the caller's organization", this::get);
        routes.delete("/notes/{id}", WRITERS, "Archive a note", this::archive);
        routes.post("/notes/{id}/share", WRITERS, "Mail a note to some addresses", this::share);
        routes.post("/notes/{id}/reminder", WRITERS, "Send a note's reminder now (once)", this::remindNow);
        routes.get("/suggestion-form", Access.PUBLIC, "A token for the public suggestion form", this::suggestionForm);
        routes.post("/suggestions", Access.PUBLIC, "A visitor's suggestion to an organization", this::suggest);
        routes.get("/people", WRITERS, "The people of the caller's organization (the secretariat: of ?organization=)",
                this::people);
        routes.get("/people/{userId}", SECRETARIAT, "One portal user", this::person);
        new ActivityRoutes(context).register(routes, WRITERS);
        context.addNavigationEntry(new NavigationEntry("notes", "メモ", "Notes", "notes.js", Set.of(), 100));
        context.addNavigationEntry(new NavigationEntry("suggest", "提案する", "Make a suggestion", "suggest.js",
                Set.of(NavigationEntry.ANYONE), 101));
        context.addPageSection(new PageSection("notes", PageSection.ORGANIZATION_PROFILE, "メモ", "Notes",
                "profile-notes.js", Set.of(), 100));
        context.onCoreEvent(this::onCoreEvent);
        context.schedule("reminders", REMINDER_PERIOD, reminders::sendDue);
    }

    private RouteResponse about(RouteRequest request) {
        String version = FrameworkUtil.getBundle(ContractPlugin.class).getVersion().toString();
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
        if (input.remindAt() != null) {
            if (input.remindTo() == null || input.remindTo().isBlank()) {
                throw FieldErrors.single(caller.locale(), "remindTo", KitWording.REQUIRED);
            }
            note.remind(input.remindAt(), input.remindTo(), caller.locale().getLanguage());
        }
        EntityManager em = request.entityManager();
        em.persist(note);
        em.flush();
        context.audit().record("note.created", "note", String.valueOf(note.id()),
                Map.of("title", input.title(), "organization", note.organizationId()));
        context.notifications().send(Notifications.Recipient.organization(note.organizationId()),
                new Notifications.Message(NoteWording.NEW_NOTE_SUBJECT.in(Locale.JAPANESE, input.title()),
                        NoteWording.NEW_NOTE_SUBJECT.in(Locale.ENGLISH, input.title()),
                        NoteWording.NEW_NOTE_BODY.in(Locale.JAPANESE, caller.displayName()),
                        NoteWording.NEW_NOTE_BODY.in(Locale.ENGLISH, caller.displayName()), "/p/contract/notes"));
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

    /**
     * Mails the note to each address of {@code {to: [...]}} (1 to 20). The mails go out only if the request
     * succeeds: an invalid address met on the way (422 naming {@code to[i]}) rolls the request back, and none is
     * sent, not even those queued before it.
     */
    private RouteResponse share(RouteRequest request) {
        Note note = find(request);
        List<String> to = request.body(ShareRequest.class).to();
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < to.size(); i++) {
            FieldErrors errors = FieldErrors.in(request.caller().locale());
            String address = errors.email("to[" + i + "]", to.get(i));
            errors.throwIfAny();
            context.mail().send(mails.shared(note, address, request.caller().locale()));
            sent.add(address);
        }
        context.audit().record("note.shared", "note", String.valueOf(note.id()), Map.of("to", String.join(",", sent)));
        return RouteResponse.ok(Map.of("recipients", sent.size()));
    }

    /** Sends the note's reminder now, unless it went out already: {@code {sent: true|false}}. */
    private RouteResponse remindNow(RouteRequest request) {
        Note note = find(request);
        if (note.remindTo() == null) {
            throw new ProblemException(409, "Conflict", "the note asks for no reminder", Map.of());
        }
        return RouteResponse.ok(Map.of("sent", reminders.send(note)));
    }

    private RouteResponse suggestionForm(RouteRequest request) {
        return RouteResponse.ok(Map.of("formToken", context.publicForms().issue(SUGGESTION_FORM)));
    }

    /** A visitor's suggestion becomes a note of the organization, once the core's form protection let it through. */
    private RouteResponse suggest(RouteRequest request) {
        NewSuggestion input = request.body(NewSuggestion.class);
        context.publicForms().check(SUGGESTION_FORM, input.formToken(), input.website(), request);
        boolean active = context.directory().find(input.organization()).map(o -> o.active()).orElse(false);
        if (!active) {
            throw FieldErrors.single(request.caller().locale(), "organization", NoteWording.NO_ACTIVE_ORGANIZATION);
        }
        Note note = new Note(input.organization(),
                NoteWording.SUGGESTION_TITLE.in(request.caller().locale(), input.title()), input.body(), "visitor");
        request.entityManager().persist(note);
        request.entityManager().flush();
        return RouteResponse.created(URI.create("notes/" + note.id()), Map.of("id", note.id()));
    }

    /**
     * The people of the caller's organization, with their roles and language: whom a note could be for. The
     * secretariat may name any organization ({@code ?organization=}; an unknown one has nobody), others only their
     * own (403).
     */
    private RouteResponse people(RouteRequest request) {
        Caller caller = request.caller();
        String organization = request.queryParam("organization").filter(o -> !o.isBlank())
                .orElseGet(() -> organizationOf(caller));
        if (!caller.hasRole("secretariat") && !caller.belongsTo(organization)) {
            throw ProblemException.forbidden("you may list the people of your own organization only");
        }
        return RouteResponse.ok(context.directory().people(organization).stream().map(PersonView::of).toList());
    }

    private RouteResponse person(RouteRequest request) {
        String userId = request.pathParam("userId");
        return RouteResponse.ok(context.directory().person(userId).map(PersonView::of)
                .orElseThrow(() -> ProblemException.notFound("user " + userId)));
    }

    /** Finds a note of the caller's organization; another organization's note does not exist for the caller. */
    private static Note find(RouteRequest request) {
        long id;
        try {
            id = Long.parseLong(request.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("note " + request.pathParam("id"));
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
