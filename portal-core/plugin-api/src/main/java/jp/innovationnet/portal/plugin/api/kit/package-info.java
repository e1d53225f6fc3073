/**
 * The plugin kit (since contract 1.4): what every plugin needs and none should write again. Coded values with
 * labels in Japanese and English ({@link jp.innovationnet.portal.plugin.api.kit.Coded}), the network's regions and
 * prefectures ({@link jp.innovationnet.portal.plugin.api.kit.Region},
 * {@link jp.innovationnet.portal.plugin.api.kit.Prefecture}), messages from a plugin's own catalogue
 * ({@link jp.innovationnet.portal.plugin.api.kit.Wording}), field errors in the caller's language
 * ({@link jp.innovationnet.portal.plugin.api.kit.FieldErrors}), Bean Validation constraints for route bodies
 * ({@link jp.innovationnet.portal.plugin.api.kit.CodeOf}, {@link jp.innovationnet.portal.plugin.api.kit.PlainText}),
 * one paging shape ({@link jp.innovationnet.portal.plugin.api.kit.PageRequest},
 * {@link jp.innovationnet.portal.plugin.api.kit.Page}), unguessable tokens
 * ({@link jp.innovationnet.portal.plugin.api.kit.SecretTokens}), and the core's safe HTML from Markdown, safe CSV
 * files, plugin settings, the network's business days in Japan, calendar files and QR codes
 * ({@link jp.innovationnet.portal.plugin.api.kit.SafeMarkdown}, {@link jp.innovationnet.portal.plugin.api.kit.CsvFiles},
 * {@link jp.innovationnet.portal.plugin.api.kit.PluginConfig}, {@link jp.innovationnet.portal.plugin.api.kit.BusinessDays},
 * {@link jp.innovationnet.portal.plugin.api.kit.CalendarFiles}, {@link jp.innovationnet.portal.plugin.api.kit.QrCodes},
 * offered by {@link jp.innovationnet.portal.plugin.api.PluginContext}).
 */
@Export
@Version("1.1.0")
package jp.innovationnet.portal.plugin.api.kit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
