/**
 * The network's business days in Japan (Asia/Tokyo): not a Saturday or Sunday, not a national holiday (substitute
 * holidays 振替休日 and citizens' holidays 国民の休日 included), not the year-end break (December 29 to January 3).
 * {@link jp.innovationnet.portal.calendar.JapaneseBusinessDays} is the plugin kit's
 * {@link jp.innovationnet.portal.plugin.api.kit.BusinessDays}, offered by the portal to every plugin and by the plugin
 * test kit.
 */
package jp.innovationnet.portal.calendar;
