package jp.innovationnet.portal.plugins.events.rest;

import java.util.Locale;
import java.util.Map;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugin.api.kit.CsvFiles;
import jp.innovationnet.portal.plugin.api.kit.Languages;
import jp.innovationnet.portal.plugin.api.service.MemberDirectory;
import jp.innovationnet.portal.plugins.events.attendees.AttendeeList;
import jp.innovationnet.portal.plugins.events.event.Event;
import jp.innovationnet.portal.plugins.events.question.Questionnaire;
import jp.innovationnet.portal.plugins.events.registration.Registrant;
import jp.innovationnet.portal.plugins.events.registration.RegistrationDesk;

/** The attendee list of an event as a CSV file, for its organisers only. */
final class AttendeeListRoutes {

    private final PluginContext context;
    private final Viewers viewers;

    /** @param context the plugin's context */
    AttendeeListRoutes(PluginContext context) {
        this.context = context;
        this.viewers = new Viewers(context.directory());
    }

    /** @param routes where to register them */
    void register(Routes routes) {
        routes.get("/events/{id}/registrations.csv", EventRoutes.ORGANISERS,
                "The attendee list (CSV, UTF-8 with BOM, one column per question)", this::csv);
    }

    private RouteResponse csv(RouteRequest request) {
        Caller caller = request.caller();
        Event event = EventLookup.organised(request, viewers.of(caller));
        Locale locale = caller.locale();
        MemberDirectory directory = context.directory();
        AttendeeList list = new AttendeeList(new Questionnaire(request.entityManager()).asked(event.id()),
                r -> organizationOf(r.registrant(), directory, locale), event.timeZone(), locale);
        byte[] csv = list.csv(context.csv(), new RegistrationDesk(request.entityManager()).all(event.id()));
        context.audit().record("event.attendees.exported", "event", String.valueOf(event.id()), Map.of());
        return RouteResponse.content(CsvFiles.MEDIA_TYPE, csv).withHeader("Content-Disposition",
                "attachment; filename=\"event-" + event.id() + "-attendees.csv\"");
    }

    /** @return the member organization's name in the reader's language, else what the registrant wrote */
    private static String organizationOf(Registrant registrant, MemberDirectory directory, Locale locale) {
        return registrant.organizationId()
                .map(alias -> directory.find(alias)
                        .map(o -> Languages.isJapanese(locale) ? o.nameJa() : o.nameEn())
                        .orElse(alias))
                .or(registrant::organization).orElse("");
    }
}
