package jp.innovationnet.portal.plugin.host.services;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import jp.innovationnet.portal.audit.AuditEntry;
import jp.innovationnet.portal.audit.AuditTrail;
import jp.innovationnet.portal.membership.organization.Organization;
import jp.innovationnet.portal.membership.organization.OrganizationDirectory;
import jp.innovationnet.portal.notification.Notification;
import jp.innovationnet.portal.notification.NotificationInbox;
import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.service.AuditLog;
import jp.innovationnet.portal.plugin.api.service.MemberDirectory;
import jp.innovationnet.portal.plugin.api.service.Notifications;
import jp.innovationnet.portal.plugin.api.service.OrganizationSummary;
import jp.innovationnet.portal.plugin.host.revision.CoreServices;
import jp.innovationnet.portal.plugin.host.revision.PluginCall;

/** Builds the {@link CoreServices} every plugin revision is offered. */
@ApplicationScoped
public class PluginCoreServices {

    @Inject
    OrganizationDirectory organizations;

    @Inject
    NotificationInbox inbox;

    @Inject
    AuditTrail auditTrail;

    /** @return the services */
    public CoreServices coreServices() {
        return new CoreServices(new Directory(), new Inbox(), new Audit());
    }

    /** Runs a core write after the current plugin call commits, or now outside of one. */
    private static void afterCommit(Runnable write) {
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
}
