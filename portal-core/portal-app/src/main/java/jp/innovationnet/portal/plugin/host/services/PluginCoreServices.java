package jp.innovationnet.portal.plugin.host.services;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.TransactionalException;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.innovationnet.portal.activity.ActivityRecords;
import jp.innovationnet.portal.audit.AuditEntry;
import jp.innovationnet.portal.audit.AuditTrail;
import jp.innovationnet.portal.files.ICalendarFiles;
import jp.innovationnet.portal.files.QrCodePng;
import jp.innovationnet.portal.identity.keycloak.KeycloakException;
import jp.innovationnet.portal.infrastructure.formguard.FormGuards;
import jp.innovationnet.portal.infrastructure.formguard.FormTokens;
import jp.innovationnet.portal.mail.MailAttachment;
import jp.innovationnet.portal.mail.MailOutbox;
import jp.innovationnet.portal.mail.OutgoingMail;
import jp.innovationnet.portal.membership.organization.Organization;
import jp.innovationnet.portal.membership.organization.OrganizationDirectory;
import jp.innovationnet.portal.notification.Notification;
import jp.innovationnet.portal.notification.NotificationInbox;
import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.kit.BusinessDays;
import jp.innovationnet.portal.plugin.api.service.AuditLog;
import jp.innovationnet.portal.plugin.api.service.Mail;
import jp.innovationnet.portal.plugin.api.service.MemberDirectory;
import jp.innovationnet.portal.plugin.api.service.Notifications;
import jp.innovationnet.portal.plugin.api.service.OrganizationSummary;
import jp.innovationnet.portal.plugin.api.service.Person;
import jp.innovationnet.portal.plugin.api.service.PublicForms;
import jp.innovationnet.portal.plugin.host.revision.CoreServices;
import jp.innovationnet.portal.plugin.host.revision.PluginCall;
import jp.innovationnet.portal.text.safe.MarkdownHtml;
import jp.innovationnet.portal.text.safe.SpreadsheetCsv;

/**
 * Builds the {@link CoreServices} every plugin revision is offered. Configured with
 * {@code portal.plugins.schedule.first-run-seconds} (60): how long after a plugin's start its scheduled tasks first
 * run at the latest (tests set it low), {@code portal.plugins.<id>.schedule.<task>.period-seconds}: a plugin's
 * scheduled task's period instead of the one the plugin asks for, and {@code portal.base.url}: the portal's address
 * for links; a plugin's own settings are {@code portal.plugins.<id>.<key>}.
 */
@ApplicationScoped
public class PluginCoreServices {

    private static final int ONCE_KEY_MAX = 200;
    private static final MarkdownHtml MARKDOWN = new MarkdownHtml();
    private static final SpreadsheetCsv CSV = new SpreadsheetCsv();
    private static final QrCodePng QR_CODES = new QrCodePng();

    @Inject
    OrganizationDirectory organizations;

    @Inject
    CachedPeople people;

    @Inject
    NotificationInbox inbox;

    @Inject
    AuditTrail auditTrail;

    @Inject
    MailOutbox outbox;

    @Inject
    FormGuards formGuards;

    /** The current request (CDI's built-in bean), whose client address public forms count. */
    @Inject
    HttpServletRequest request;

    /**
     * Threads of their own for the plugins' scheduled tasks (container context, not the request pool), as the mail
     * dispatcher's and the identity sync's. Not the container's managed scheduled executor: it captures the
     * submitting thread's context, i.e. the plugin's class loader, and keeps it after the task is cancelled.
     */
    @Resource
    ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "portal.plugins.schedule.first-run-seconds", defaultValue = "60")
    long firstRunSeconds;

    @Inject
    @ConfigProperty(name = "portal.base.url", defaultValue = "http://localhost:9080")
    String baseUrl;

    @Inject
    Config config;

    @Inject
    BusinessDays businessDays;

    @Inject
    ActivityRecords activityRecords;

    private ScheduledThreadPoolExecutor scheduler;

    @PostConstruct
    void startScheduler() {
        scheduler = new ScheduledThreadPoolExecutor(2, threads);
        // a retired revision's cancelled task leaves the queue at once, and with it the revision's classes
        scheduler.setRemoveOnCancelPolicy(true);
        // threads made now, in the application's context, not later while a plugin starts
        scheduler.prestartAllCoreThreads();
    }

    @PreDestroy
    void stopScheduler() {
        scheduler.shutdownNow();
    }

    /**
     * @param pluginId the plugin the services are for
     * @return the services
     */
    public CoreServices coreServices(String pluginId) {
        return new CoreServices(new Directory(), new Inbox(), new Audit(), new Outbox(pluginId),
                new Forms(pluginId), scheduler, Duration.ofSeconds(firstRunSeconds),
                URI.create(baseUrl.replaceAll("/+$", "")), task -> config.getOptionalValue(
                        "portal.plugins." + pluginId + ".schedule." + task + ".period-seconds", Long.class)
                .map(Duration::ofSeconds), MARKDOWN::toHtml, CSV::write, key -> config.getOptionalValue(
                        "portal.plugins." + pluginId + "." + key, String.class).map(String::strip)
                .filter(value -> !value.isEmpty()), businessDays, new ICalendarFiles(pluginId), QR_CODES,
                new PluginActivityLog(pluginId, activityRecords));
    }

    /** Runs a core write after the current plugin call commits, or now outside of one. */
    static void afterCommit(Runnable write) {
        PluginCall.current().ifPresentOrElse(call -> call.afterCommit(write), write);
    }

    private static String source() {
        return PluginCall.current().map(call -> "plugin:" + call.pluginId()).orElse("plugin");
    }

    private final class Directory implements MemberDirectory {

        @Override
        public Optional<OrganizationSummary> find(String organizationId) {
            return organizations.find(organizationId).map(Directory::summary);
        }

        @Override
        public List<OrganizationSummary> activeInRegion(Optional<String> region) {
            return organizations.activeInRegion(region).stream().map(Directory::summary).toList();
        }

        @Override
        public List<Person> people(String organizationId) {
            return fromKeycloak(() -> people.of(organizationId));
        }

        @Override
        public Optional<Person> person(String userId) {
            return fromKeycloak(() -> people.person(userId));
        }

        /** Asks Keycloak; a failure worth a retry becomes a 503 for the plugin's caller. */
        private static <T> T fromKeycloak(Supplier<T> question) {
            try {
                return question.get();
            } catch (KeycloakException e) {
                if (e.isTransient()) {
                    throw new CoreServiceUnavailableException("the identity server cannot be reached", e);
                }
                throw e;
            }
        }

        private static OrganizationSummary summary(Organization o) {
            return new OrganizationSummary(o.getId(), o.getNameJa(), o.getNameEn(), o.getKind().code(),
                    o.getPrefecture() == null ? "" : o.getPrefecture().nameEn(),
                    o.getRegion() == null ? "" : o.getRegion().nameEn(), o.isActive());
        }
    }

    private final class Inbox implements Notifications {

        @Override
        public void send(Recipient recipient, Message message) {
            Notification notification = new Notification(source(), recipient.kind().name(), recipient.value(),
                    message.subjectJa(), message.subjectEn(), message.bodyJa(), message.bodyEn(),
                    message.link() == null ? "" : message.link());
            afterCommit(() -> inbox.deliver(notification));
        }
    }

    private final class Audit implements AuditLog {

        @Override
        public void record(String action, String targetType, String targetId, Map<String, String> changes) {
            Caller caller = PluginCall.current().map(PluginCall::caller).orElse(null);
            JsonObjectBuilder json = Json.createObjectBuilder();
            changes.forEach(json::add);
            AuditEntry entry = new AuditEntry(Instant.now(),
                    caller == null || !caller.authenticated() ? "system" : caller.userId(),
                    caller == null || !caller.authenticated() ? "system" : caller.username(),
                    source(), action, targetType, targetId, json.build().toString());
            afterCommit(() -> auditTrail.append(entry));
        }
    }

    private final class Outbox implements Mail {

        private final String pluginId;

        private Outbox(String pluginId) {
            this.pluginId = pluginId;
        }

        @Override
        public void send(Email email) {
            OutgoingMail mail = outgoing(email);
            afterCommit(() -> outbox.enqueue(mail));
        }

        @Override
        public boolean sendOnce(String key, Email email) {
            if (key == null || key.isBlank() || key.length() > ONCE_KEY_MAX) {
                throw new IllegalArgumentException("a mail's key has 1 to " + ONCE_KEY_MAX + " characters: " + key);
            }
            String onceKey = pluginId + ":" + key;
            OutgoingMail mail = outgoing(email);
            try {
                return outbox.enqueueOnce(onceKey, mail);
            } catch (PersistenceException | TransactionalException e) {
                // a concurrent call with the same key won the unique index
                if (outbox.isQueued(onceKey)) {
                    return false;
                }
                throw e;
            }
        }

        private static OutgoingMail outgoing(Email email) {
            return new OutgoingMail(email.to(), email.language(), email.subject(), email.text(),
                    email.attachments().stream()
                            .map(a -> new MailAttachment(a.filename(), a.mediaType(), a.content())).toList());
        }
    }

    /**
     * The public forms of one plugin: tokens bound to {@code plugin:<id>:<form>}, rate limits counted per plugin and
     * form, the client address taken from the current request as for the membership application.
     */
    private final class Forms implements PublicForms {

        private final String pluginId;

        private Forms(String pluginId) {
            this.pluginId = pluginId;
        }

        @Override
        public String issue(String form) {
            return formGuards.formTokens().issue(formKey(form)).token();
        }

        @Override
        public void check(String form, String token, String honeypot, RouteRequest routeRequest) {
            String key = formKey(form);
            formGuards.rateLimiter(key).tryAcquire(request.getRemoteAddr()).ifPresent(wait -> {
                long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
                throw new ProblemException(429, "Too Many Requests",
                        "too many submissions; try again in " + seconds + " seconds", Map.of());
            });
            if (honeypot != null && !honeypot.isEmpty()) {
                throw badToken("the form was not filled in by a person");
            }
            FormTokens tokens = formGuards.formTokens();
            FormTokens.Verdict verdict = tokens.check(key, token);
            if (verdict != FormTokens.Verdict.VALID) {
                throw badToken(verdict.message());
            }
            if (!tokens.use(token)) {
                throw badToken(FormTokens.Verdict.USED.message());
            }
            // a submission the plugin refuses (its transaction rolls back) gives the token back for a corrected try
            PluginCall.current().ifPresent(call -> call.afterRollback(() -> tokens.release(token)));
        }

        private static ProblemException badToken(String message) {
            return new ProblemException(400, "Bad Request", "formToken: " + message, Map.of("formToken", message));
        }

        private String formKey(String form) {
            if (form == null || form.isBlank()) {
                throw new IllegalArgumentException("a form needs a name");
            }
            return "plugin:" + pluginId + ":" + form;
        }
    }
}
