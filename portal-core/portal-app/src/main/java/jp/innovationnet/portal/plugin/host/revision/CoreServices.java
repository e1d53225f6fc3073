package jp.innovationnet.portal.plugin.host.revision;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

import jp.innovationnet.portal.plugin.api.activity.ActivityLog;
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

/**
 * The core services one plugin revision is offered.
 *
 * @param directory     the member directory
 * @param notifications notifications
 * @param audit         the audit trail
 * @param mail          the outbox, keyed for this plugin
 * @param publicForms   public-form protection, counted for this plugin
 * @param scheduler     where the plugin's scheduled tasks run (threads of the container's managed thread factory)
 * @param firstRun      how long after start a scheduled task first runs at the latest
 * @param baseUrl       the portal's address as reached from outside, without a trailing '/'
 * @param periods       a scheduled task's period by the task's name as the portal's configuration sets it for this
 *                      plugin, which replaces the period the plugin asks for; empty when not configured
 * @param markdown      the portal's Markdown-to-safe-HTML policy
 * @param csv           spreadsheet-safe CSV files
 * @param config        this plugin's settings
 * @param businessDays  the network's business days
 * @param calendarFiles calendar files, named for this plugin
 * @param qrCodes       QR codes
 * @param activities    the activity log, reporting for this plugin
 */
public record CoreServices(MemberDirectory directory, Notifications notifications, AuditLog audit, Mail mail,
                           PublicForms publicForms, ScheduledExecutorService scheduler, Duration firstRun,
                           URI baseUrl, Function<String, Optional<Duration>> periods,
                           SafeMarkdown markdown, CsvFiles csv, PluginConfig config,
                           BusinessDays businessDays, CalendarFiles calendarFiles, QrCodes qrCodes,
                           ActivityLog activities) {
}
