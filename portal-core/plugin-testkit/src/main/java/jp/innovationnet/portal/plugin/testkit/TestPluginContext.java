package jp.innovationnet.portal.plugin.testkit;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.innovationnet.portal.calendar.JapaneseBusinessDays;
import jp.innovationnet.portal.files.ICalendarFiles;
import jp.innovationnet.portal.files.QrCodePng;
import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.ScheduledTask;
import jp.innovationnet.portal.plugin.api.event.CoreEventListener;
import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.HttpMethod;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteHandler;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugin.api.kit.BusinessDays;
import jp.innovationnet.portal.plugin.api.kit.CalendarFiles;
import jp.innovationnet.portal.plugin.api.kit.CsvFiles;
import jp.innovationnet.portal.plugin.api.kit.PluginConfig;
import jp.innovationnet.portal.plugin.api.kit.QrCodes;
import jp.innovationnet.portal.plugin.api.kit.SafeMarkdown;
import jp.innovationnet.portal.plugin.api.service.AuditLog;
import jp.innovationnet.portal.plugin.api.service.Mail;
import jp.innovationnet.portal.plugin.api.service.Notifications;
import jp.innovationnet.portal.plugin.api.service.PublicForms;
import jp.innovationnet.portal.plugin.api.web.NavigationEntry;
import jp.innovationnet.portal.plugin.api.web.PageSection;
import jp.innovationnet.portal.text.safe.MarkdownHtml;
import jp.innovationnet.portal.text.safe.SpreadsheetCsv;

/**
 * The context a plugin starts on in its own tests: it keeps what the plugin registers (routes, navigation, sections,
 * listeners, scheduled tasks) and offers core services that record what the plugin asks of them. Markdown, CSV,
 * business days, calendar files and QR codes are the core's own; the activity log is kept in memory; the portal's address is {@value #PORTAL}; settings are what the test puts in
 * {@link #settings()}. Public forms accept the tokens they issued, once each, and refuse a filled honeypot.
 */
public final class TestPluginContext implements PluginContext {

    /** The portal's address in tests. */
    public static final String PORTAL = "https://portal.test";

    private static final MarkdownHtml MARKDOWN = new MarkdownHtml();
    private static final SpreadsheetCsv CSV = new SpreadsheetCsv();
    private static final BusinessDays BUSINESS_DAYS = new JapaneseBusinessDays();
    private static final QrCodes QR_CODES = new QrCodePng();

    private final String pluginId;
    private final Map<String, Route> routes = new LinkedHashMap<>();
    private final List<NavigationEntry> navigation = new ArrayList<>();
    private final List<PageSection> sections = new ArrayList<>();
    private final List<CoreEventListener> listeners = new ArrayList<>();
    private final Map<String, ScheduledTask> tasks = new LinkedHashMap<>();
    private final TestDirectory directory = new TestDirectory();
    private final Recorded<Notification> notifications = new Recorded<>();
    private final Recorded<AuditEntry> audit = new Recorded<>();
    private final Recorded<Mail.Email> mails = new Recorded<>();
    private final Set<String> onceKeys = new HashSet<>();
    private final Set<String> formTokens = new HashSet<>();
    private final Map<String, String> settings = new HashMap<>();
    private final TestActivityLog activities;

    /** @param pluginId the plugin's id */
    public TestPluginContext(String pluginId) {
        this.pluginId = pluginId;
        this.activities = new TestActivityLog(pluginId);
    }

    /**
     * A route as registered.
     *
     * @param method  its method
     * @param path    its path template
     * @param access  who may call it
     * @param handler its handler
     */
    public record Route(HttpMethod method, String path, Access access, RouteHandler handler) {
    }

    /**
     * A notification the plugin sent.
     *
     * @param recipient to whom
     * @param message   what
     */
    public record Notification(Notifications.Recipient recipient, Notifications.Message message) {
    }

    /**
     * An entry the plugin wrote to the audit trail.
     *
     * @param action     what was done
     * @param targetType to what kind of thing
     * @param targetId   to which
     * @param changes    what changed
     */
    public record AuditEntry(String action, String targetType, String targetId, Map<String, String> changes) {
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public Routes routes() {
        return (method, path, access, summary, handler) -> {
            if (routes.putIfAbsent(method + " " + path, new Route(method, path, access, handler)) != null) {
                throw new IllegalArgumentException(method + " " + path + " is taken");
            }
        };
    }

    /** @return the routes the plugin registered, by {@code "METHOD template"} */
    public Map<String, Route> registeredRoutes() {
        return Map.copyOf(routes);
    }

    @Override
    public void addNavigationEntry(NavigationEntry entry) {
        navigation.add(entry);
    }

    /** @return the navigation entries the plugin added */
    public List<NavigationEntry> navigation() {
        return List.copyOf(navigation);
    }

    @Override
    public void addPageSection(PageSection section) {
        sections.add(section);
    }

    /** @return the page sections the plugin added */
    public List<PageSection> sections() {
        return List.copyOf(sections);
    }

    @Override
    public void onCoreEvent(CoreEventListener listener) {
        listeners.add(listener);
    }

    List<CoreEventListener> listeners() {
        return List.copyOf(listeners);
    }

    @Override
    public TestDirectory directory() {
        return directory;
    }

    @Override
    public Notifications notifications() {
        return (recipient, message) -> notifications.add(new Notification(recipient, message));
    }

    /** @return the notifications sent, in requests that committed */
    public Recorded<Notification> sentNotifications() {
        return notifications;
    }

    @Override
    public AuditLog audit() {
        return (action, type, id, changes) -> audit.add(new AuditEntry(action, type, id, Map.copyOf(changes)));
    }

    /** @return the audit entries written, in requests that committed */
    public Recorded<AuditEntry> auditTrail() {
        return audit;
    }

    @Override
    public Mail mail() {
        return new Mail() {
            @Override
            public void send(Email email) {
                mails.add(email);
            }

            @Override
            public boolean sendOnce(String key, Email email) {
                if (!onceKeys.add(key)) {
                    return false;
                }
                mails.addAtOnce(email);
                return true;
            }
        };
    }

    /** @return the mails sent, in requests that committed */
    public Recorded<Mail.Email> sentMails() {
        return mails;
    }

    @Override
    public PublicForms publicForms() {
        return new PublicForms() {
            @Override
            public String issue(String form) {
                String token = form + ":" + formTokens.size();
                formTokens.add(token);
                return token;
            }

            @Override
            public void check(String form, String token, String honeypot, RouteRequest request) {
                if ((honeypot != null && !honeypot.isEmpty()) || token == null || !token.startsWith(form + ":")
                        || !formTokens.remove(token)) {
                    throw new ProblemException(400, "Bad Request", "formToken: refused",
                            Map.of("formToken", "refused"));
                }
            }
        };
    }

    @Override
    public void schedule(String name, Duration period, ScheduledTask task) {
        if (tasks.putIfAbsent(name, task) != null) {
            throw new IllegalArgumentException("task " + name + " is scheduled already");
        }
    }

    Optional<ScheduledTask> task(String name) {
        return Optional.ofNullable(tasks.get(name));
    }

    @Override
    public URI portalUrl(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("a portal path starts with '/': " + path);
        }
        return URI.create(PORTAL + path);
    }

    @Override
    public SafeMarkdown markdown() {
        return MARKDOWN::toHtml;
    }

    @Override
    public CsvFiles csv() {
        return CSV::write;
    }

    @Override
    public PluginConfig config() {
        return key -> Optional.ofNullable(settings.get(key)).map(String::strip).filter(v -> !v.isEmpty());
    }

    @Override
    public BusinessDays businessDays() {
        return BUSINESS_DAYS;
    }

    @Override
    public CalendarFiles calendarFiles() {
        return new ICalendarFiles(pluginId());
    }

    @Override
    public QrCodes qrCodes() {
        return QR_CODES;
    }

    @Override
    public TestActivityLog activities() {
        return activities;
    }

    /** @return the plugin's settings, which a test may fill ({@code key → value}, without the plugin's prefix) */
    public Map<String, String> settings() {
        return settings;
    }

    /** Starts recording a call: what the plugin does counts once the call commits. */
    void beginCall() {
        notifications.begin();
        audit.begin();
        mails.begin();
        activities.begin();
    }

    /** @param commit whether the call's transaction committed */
    void endCall(boolean commit) {
        notifications.end(commit);
        audit.end(commit);
        mails.end(commit);
        activities.end(commit);
    }
}
