package jp.innovationnet.portal.plugin.api;

import java.net.URI;
import java.time.Duration;

import jp.innovationnet.portal.plugin.api.activity.ActivityLog;
import jp.innovationnet.portal.plugin.api.event.CoreEventListener;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugin.api.kit.BusinessDays;
import jp.innovationnet.portal.plugin.api.kit.CalendarFiles;
import jp.innovationnet.portal.plugin.api.kit.CsvFiles;
import jp.innovationnet.portal.plugin.api.kit.PluginConfig;
import jp.innovationnet.portal.plugin.api.kit.QrCodes;
import jp.innovationnet.portal.plugin.api.kit.SafeMarkdown;
import jp.innovationnet.portal.plugin.api.service.AuditLog;
import jp.innovationnet.portal.plugin.api.service.Mail;
import jp.innovationnet.portal.plugin.api.service.MemberDirectory;
import jp.innovationnet.portal.plugin.api.service.Notifications;
import jp.innovationnet.portal.plugin.api.service.PublicForms;
import jp.innovationnet.portal.plugin.api.web.NavigationEntry;
import jp.innovationnet.portal.plugin.api.web.PageSection;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What the core offers one plugin revision, handed to {@link PortalPlugin#start(PluginContext)}.
 * Registrations made here belong to the revision and disappear with it.
 */
@ProviderType
public interface PluginContext {

    /** @return the plugin id from the {@value PortalPlugin#PLUGIN_ID_HEADER} manifest header */
    String pluginId();

    /** @return the registry of this plugin's REST routes, served under {@code /api/plugins/{pluginId}} */
    Routes routes();

    /**
     * Adds an entry to the portal's navigation.
     *
     * @param entry the entry; shown only to users holding one of its roles (all logged-in users when it has none)
     */
    void addNavigationEntry(NavigationEntry entry);

    /**
     * Adds a section to one of the portal's pages (since contract 1.1).
     *
     * @param section the section; shown only to users holding one of its roles (all logged-in users when it has none)
     */
    void addPageSection(PageSection section);

    /**
     * Subscribes to core events (member organizations admitted, suspended, withdrawn...). Each call runs in a
     * transaction of this plugin's persistence unit, after the core's own change has committed.
     *
     * @param listener the listener
     */
    void onCoreEvent(CoreEventListener listener);

    /** @return the network's member directory, read-only */
    MemberDirectory directory();

    /** @return notifications to users, organizations or roles */
    Notifications notifications();

    /** @return the portal's audit trail */
    AuditLog audit();

    /** @return e-mail through the portal's outbox (since contract 1.2) */
    Mail mail();

    /** @return protection of forms sent without an account (since contract 1.2) */
    PublicForms publicForms();

    /**
     * Runs a task periodically while this revision is active (since contract 1.2): first about a minute after start (or
     * after {@code period}, when shorter), then every {@code period}; never two runs of the task at once. Work that
     * must happen once (a reminder) is recorded by the task in its own tables or sent with
     * {@link Mail#sendOnce}, so a restart of the portal does not repeat it. The portal's configuration may replace
     * the period of one plugin's task: {@code portal.plugins.<plugin id>.schedule.<name>.period-seconds}.
     *
     * @param name   names the task in the log and in that setting, e.g. {@code "reminders"}
     * @param period how often; at least one second
     * @param task   the task
     */
    void schedule(String name, Duration period, ScheduledTask task);

    /**
     * @param path a path of the portal, starting with '/', e.g. {@code "/p/events/events?id=12"}
     * @return its absolute address as the portal is reached from outside (configured in the core), for links in
     *     e-mails, calendar files and QR codes (since contract 1.2)
     */
    URI portalUrl(String path);

    /** @return the portal's one policy for Markdown members write, to safe HTML (since contract 1.4) */
    SafeMarkdown markdown();

    /** @return CSV files for spreadsheets, safe against formula injection (since contract 1.4) */
    CsvFiles csv();

    /** @return this plugin's settings from the portal's configuration (since contract 1.4) */
    PluginConfig config();

    /** @return the network's business days in Japan, the one calendar of the portal (since contract 1.4) */
    BusinessDays businessDays();

    /** @return calendar files (iCalendar) to import or subscribe to (since contract 1.4) */
    CalendarFiles calendarFiles();

    /** @return QR codes as PNG images (since contract 1.4) */
    QrCodes qrCodes();

    /** @return what people did, as the plugins report it to each other (since contract 1.5) */
    ActivityLog activities();
}
