package jp.innovationnet.portal.plugin.host.revision;

import jp.innovationnet.portal.plugin.api.service.AuditLog;
import jp.innovationnet.portal.plugin.api.service.MemberDirectory;
import jp.innovationnet.portal.plugin.api.service.Notifications;

/**
 * The core services every plugin revision is offered.
 *
 * @param directory     the member directory
 * @param notifications notifications
 * @param audit         the audit trail
 */
public record CoreServices(MemberDirectory directory, Notifications notifications, AuditLog audit) {
}
