package jp.innovationnet.portal.plugins.events.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugin.api.service.MemberDirectory;
import jp.innovationnet.portal.plugin.api.service.OrganizationSummary;
import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.CsvFiles;
import jp.innovationnet.portal.plugin.api.kit.Languages;
import jp.innovationnet.portal.plugins.events.event.Event;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugins.events.registration.RegistrationStatus;
import jp.innovationnet.portal.plugins.events.report.EventReport;
import jp.innovationnet.portal.plugins.events.report.EventReports;

/**
 * Routes of the event report, for the event's organisers (the secretariat: every event): as JSON and as CSV.
 */
final class ReportRoutes {

    private final MemberDirectory directory;
    private final Viewers viewers;
    private final CsvFiles csv;

    /** @param context the plugin's context */
    ReportRoutes(PluginContext context) {
        this.directory = context.directory();
        this.csv = context.csv();
        this.viewers = new Viewers(context.directory());
    }

    /** @param routes where to register them */
    void register(Routes routes) {
        routes.get("/events/{id}/report", EventRoutes.ORGANISERS,
                "The event's report: registrations, attendance by organization and region, follow-up figures",
                r -> RouteResponse.ok(report(r)));
        routes.get("/events/{id}/report.csv", EventRoutes.ORGANISERS, "The event's report as CSV", this::csv);
    }

    private ReportView report(RouteRequest request) {
        Event event = EventLookup.organised(request, viewers.of(request.caller()));
        EventReport report = new EventReports(request.entityManager(), directory::find).of(event.id());
        Locale locale = request.caller().locale();
        EventReport.FollowUpFigures followUp = report.followUp();
        return new ReportView(new FollowUpView.EventRef(event.id(), event.title()), report.counts(),
                report.byOrganization().stream().map(line -> {
                    Optional<OrganizationSummary> organization = line.key().flatMap(directory::find);
                    return new ReportView.Organization(line.key().orElse(null),
                            organization.map(OrganizationSummary::nameJa).orElse(null),
                            organization.map(OrganizationSummary::nameEn).orElse(null),
                            line.registered(), line.checkedIn());
                }).toList(),
                report.byRegion().stream().map(line -> new ReportView.Region(line.key().orElse(null),
                        regionLabel(line.key(), locale), line.registered(), line.checkedIn())).toList(),
                new ReportView.FollowUp(followUp.answers(), followUp.satisfactionAverage().orElse(null),
                        followUp.newContacts(), followUp.followUpsWanted()));
    }

    private RouteResponse csv(RouteRequest request) {
        ReportView report = report(request);
        Locale locale = request.caller().locale();
        List<List<?>> rows = new ArrayList<>();
        EventReport.Counts c = report.counts();
        rows.add(List.of("registrations", "registered", Message.CSV_REGISTERED.in(locale), c.registered()));
        status(rows, RegistrationStatus.CONFIRMED, c.confirmed(), locale);
        status(rows, RegistrationStatus.WAITING, c.waiting(), locale);
        status(rows, RegistrationStatus.PENDING, c.pending(), locale);
        status(rows, RegistrationStatus.DECLINED, c.declined(), locale);
        status(rows, RegistrationStatus.CANCELLED, c.cancelled(), locale);
        status(rows, RegistrationStatus.NOT_ATTENDING, c.notAttending(), locale);
        rows.add(List.of("registrations", "checked-in", Message.CSV_CHECKED_IN.in(locale), c.checkedIn()));
        for (ReportView.Organization o : report.byOrganization()) {
            String name = o.organizationId() == null ? Message.NO_ORGANIZATION_LABEL.in(locale)
                    : Optional.ofNullable(Languages.isJapanese(locale) ? o.nameJa() : o.nameEn())
                    .orElse(o.organizationId());
            rows.add(row("organization", o.organizationId(), name, o.registered(), o.checkedIn()));
        }
        for (ReportView.Region r : report.byRegion()) {
            rows.add(row("region", r.region(), r.label(), r.registered(), r.checkedIn()));
        }
        ReportView.FollowUp f = report.followUp();
        rows.add(List.of("follow-up", "answers", Message.CSV_FOLLOW_UP_ANSWERS.in(locale), f.answers()));
        rows.add(row("follow-up", "satisfaction-average", Message.CSV_SATISFACTION.in(locale),
                f.satisfactionAverage(), null));
        rows.add(List.of("follow-up", "new-contacts", Message.CSV_NEW_CONTACTS.in(locale), f.newContacts()));
        rows.add(List.of("follow-up", "follow-ups-wanted", Message.CSV_FOLLOW_UPS_WANTED.in(locale),
                f.followUpsWanted()));
        List<String> header = Message.all(locale, Message.CSV_SECTION, Message.CSV_CODE, Message.CSV_NAME,
                Message.CSV_COUNT, Message.CSV_CHECKED_IN);
        return RouteResponse.content(CsvFiles.MEDIA_TYPE, csv.write(header, rows))
                .withHeader("Content-Disposition", "attachment; filename=\"event-" + report.event().id()
                        + "-report.csv\"");
    }

    private static void status(List<List<?>> rows, RegistrationStatus status, long count, Locale locale) {
        rows.add(List.of("registrations", status.code(), status.label(locale), count));
    }

    private static List<?> row(String section, String code, String name, Object count, Object checkedIn) {
        List<Object> row = new ArrayList<>();
        row.add(section);
        row.add(code);
        row.add(name);
        row.add(count);
        row.add(checkedIn);
        return row;
    }

    /**
     * @param region a region's code, if known
     * @param locale the reader's language
     * @return its label
     */
    static String regionLabel(Optional<String> region, Locale locale) {
        return region.map(r -> Coded.byCode(Region.values(), r).map(known -> known.label(locale)).orElse(r))
                .orElseGet(() -> Message.NO_REGION_LABEL.in(locale));
    }
}
