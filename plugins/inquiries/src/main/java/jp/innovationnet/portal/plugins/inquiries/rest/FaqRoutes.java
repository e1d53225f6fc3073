package jp.innovationnet.portal.plugins.inquiries.rest;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.kit.KitWording;
import jp.innovationnet.portal.plugin.api.kit.PageRequest;
import jp.innovationnet.portal.plugins.inquiries.faq.Anonymiser;
import jp.innovationnet.portal.plugins.inquiries.faq.FaqEntries;
import jp.innovationnet.portal.plugins.inquiries.faq.FaqEntry;
import jp.innovationnet.portal.plugins.inquiries.faq.FaqIncompleteException;
import jp.innovationnet.portal.plugins.inquiries.faq.FaqIndex;
import jp.innovationnet.portal.plugins.inquiries.faq.FaqQuery;
import jp.innovationnet.portal.plugins.inquiries.faq.FaqText;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;

/**
 * Routes of the FAQ: anyone reads published entries and gets suggestions while typing a question; the secretariat
 * also sees drafts and where an entry came from, and writes, publishes, unpublishes and deletes entries. An entry
 * someone may not see does not exist for them (404).
 */
public final class FaqRoutes {

    /** Who writes the FAQ. */
    static final String SECRETARIAT = "secretariat";
    private static final Access EDITORS = Access.anyRole(SECRETARIAT);
    /** Suggestions shown while typing. */
    static final int SUGGESTIONS = 5;
    private static final int MAX_QUERY_LENGTH = 1_000;
    private static final int MAX_OFFSET = 10_000;

    private final PluginContext context;
    private final FaqIndex index;
    private final FaqViews views;
    private final Anonymiser anonymiser = new Anonymiser();

    /**
     * @param context the plugin revision's context
     * @param index   the revision's FAQ index
     */
    public FaqRoutes(PluginContext context, FaqIndex index) {
        this.context = context;
        this.index = index;
        this.views = new FaqViews(context.markdown());
    }

    /** @param routes where to register them */
    public void register(Routes routes) {
        routes.get("/faq", Access.PUBLIC, "Published FAQ entries (the secretariat: drafts too), newest first;"
                + " ?topic=&q=&language=ja|en&offset=&limit= (with q: best matches first)", this::list);
        routes.get("/faq/suggestions", Access.PUBLIC, "Up to " + SUGGESTIONS + " published entries matching a"
                + " question being typed; ?q=&topic=&language=ja|en", this::suggestions);
        routes.get("/faq/{id}", Access.PUBLIC, "One FAQ entry", this::get);
        routes.post("/faq", EDITORS, "Write an FAQ entry (a draft; web addresses, e-mail addresses and phone numbers"
                + " are removed from its texts)", this::create);
        routes.put("/faq/{id}", EDITORS, "Edit an FAQ entry (with the version read)", this::edit);
        routes.post("/faq/{id}/publish", EDITORS, "Publish an entry written in both languages",
                r -> change(r, FaqEntry::publish, "faq.published"));
        routes.post("/faq/{id}/unpublish", EDITORS, "Make a published entry a draft again",
                r -> change(r, FaqEntry::unpublish, "faq.unpublished"));
        routes.delete("/faq/{id}", EDITORS, "Delete an FAQ entry", this::delete);
    }

    private RouteResponse list(RouteRequest request) {
        Caller caller = request.caller();
        boolean secretariat = caller.hasRole(SECRETARIAT);
        Query query = query(request);
        FieldErrors errors = FieldErrors.in(caller.locale());
        PageRequest page = PageRequest.of(request, errors);
        if (page.offset() > MAX_OFFSET) {
            errors.add("offset", KitWording.OUT_OF_RANGE, 0, MAX_OFFSET);
        }
        errors.throwIfAny();
        int offset = page.offset();
        int limit = page.limit();
        FaqEntries entries = new FaqEntries(request.entityManager());
        List<FaqEntry> found;
        if (query.q().isPresent()) {
            List<Long> ids = index.search(request.entityManager(), new FaqQuery(query.q().get(), query.topic(),
                    query.languages(), secretariat, offset + limit));
            found = inOrder(entries, ids.subList(Math.min(offset, ids.size()), ids.size()));
        } else {
            found = entries.list(query.topic(), secretariat, offset, limit);
        }
        return RouteResponse.ok(found.stream().filter(e -> secretariat || e.published())
                .map(e -> views.full(e, secretariat)).toList());
    }

    private RouteResponse suggestions(RouteRequest request) {
        Query query = query(request);
        if (query.q().isEmpty()) {
            return RouteResponse.ok(List.of());
        }
        List<Long> ids = index.search(request.entityManager(),
                new FaqQuery(query.q().get(), query.topic(), query.languages(), false, SUGGESTIONS));
        return RouteResponse.ok(inOrder(new FaqEntries(request.entityManager()), ids).stream()
                .filter(FaqEntry::published).map(views::suggestion).toList());
    }

    private RouteResponse get(RouteRequest request) {
        return RouteResponse.ok(views.full(visible(request), request.caller().hasRole(SECRETARIAT)));
    }

    private RouteResponse create(RouteRequest request) {
        Caller caller = request.caller();
        FaqInput input = request.body(FaqInput.class);
        FaqEntry entry = FaqEntry.draft(anonymised(input.text()), Optional.ofNullable(input.sourceReference()),
                caller.userId(), Instant.now());
        request.entityManager().persist(entry);
        changed(request, entry, "faq.created");
        return RouteResponse.created(URI.create("faq/" + entry.id()), views.full(entry, true));
    }

    private RouteResponse edit(RouteRequest request) {
        Caller caller = request.caller();
        FaqEntry entry = visible(request);
        FaqInput input = request.body(FaqInput.class);
        if (input.version() == null || input.version() != entry.version()) {
            throw Desk.conflict("version", KitWording.STALE.in(caller.locale()));
        }
        try {
            entry.revise(input.text(), Instant.now());
        } catch (FaqIncompleteException e) {
            throw incomplete(e, caller.locale());
        }
        changed(request, entry, "faq.edited");
        return RouteResponse.ok(views.full(entry, true));
    }

    private RouteResponse change(RouteRequest request, BiConsumer<FaqEntry, Instant> change, String action) {
        FaqEntry entry = visible(request);
        try {
            change.accept(entry, Instant.now());
        } catch (FaqIncompleteException e) {
            throw incomplete(e, request.caller().locale());
        }
        changed(request, entry, action);
        return RouteResponse.ok(views.full(entry, true));
    }

    private RouteResponse delete(RouteRequest request) {
        FaqEntry entry = visible(request);
        request.entityManager().remove(entry);
        changed(request, entry, "faq.deleted");
        return RouteResponse.noContent();
    }

    /** Writes the change, brings the index up to it and records it in the audit trail. */
    private void changed(RouteRequest request, FaqEntry entry, String action) {
        EntityManager entityManager = request.entityManager();
        try {
            entityManager.flush();
        } catch (OptimisticLockException e) {
            throw Desk.conflict("version", KitWording.STALE.in(request.caller().locale()));
        }
        index.refresh(entityManager);
        context.audit().record(action, "faq-entry", String.valueOf(entry.id()),
                Map.of("topic", entry.text().topic().code(), "status", entry.status().code()));
    }

    private FaqText anonymised(FaqText text) {
        return new FaqText(text.topic(), anonymise(text.questionJa(), Locale.JAPANESE),
                anonymise(text.questionEn(), Locale.ENGLISH), anonymise(text.answerJa(), Locale.JAPANESE),
                anonymise(text.answerEn(), Locale.ENGLISH));
    }

    private String anonymise(String text, Locale language) {
        return text == null ? null : anonymiser.anonymise(text, language);
    }

    /** @return the entry the path names, if the caller may see it: published, or any for the secretariat */
    private static FaqEntry visible(RouteRequest request) {
        String id = request.pathParam("id");
        FaqEntries entries = new FaqEntries(request.entityManager());
        return LevelsApi.found(id, n -> entries.find(n)
                .filter(e -> e.published() || request.caller().hasRole(SECRETARIAT)), "FAQ entry " + id);
    }

    private static List<FaqEntry> inOrder(FaqEntries entries, List<Long> ids) {
        Map<Long, FaqEntry> byId = entries.byIds(ids).stream()
                .collect(Collectors.toMap(FaqEntry::id, Function.identity()));
        return ids.stream().filter(byId::containsKey).map(byId::get).toList();
    }

    /**
     * What a list or the suggestions are asked for.
     *
     * @param q         the words, if any
     * @param topic     the topic, if one is named
     * @param languages the languages to search
     */
    private record Query(Optional<String> q, Optional<Topic> topic, Set<Locale> languages) {
    }

    /** @return the query parameters q, topic and language; 422 naming each at fault */
    private static Query query(RouteRequest request) {
        FieldErrors errors = FieldErrors.in(request.caller().locale());
        String q = errors.optionalText("q", request.queryParam("q").orElse(null), MAX_QUERY_LENGTH);
        Optional<Topic> topic = errors.optionalCode("topic", Topic.values(), request.queryParam("topic").orElse(null));
        Set<Locale> languages = switch (request.queryParam("language").map(String::strip).orElse("")) {
            case "" -> FaqQuery.BOTH;
            case "ja" -> Set.of(Locale.JAPANESE);
            case "en" -> Set.of(Locale.ENGLISH);
            default -> {
                errors.add("language", KitWording.ONE_OF, "ja, en");
                yield FaqQuery.BOTH;
            }
        };
        errors.throwIfAny();
        return new Query(Inputs.given(q), topic, languages);
    }

    private static ProblemException incomplete(FaqIncompleteException e, Locale locale) {
        FieldErrors errors = FieldErrors.in(locale);
        e.missing().forEach(field -> errors.add(field, DeskWording.REQUIRED_TO_PUBLISH));
        return errors.problem();
    }
}
