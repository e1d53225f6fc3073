/**
 * Files the portal writes for people's programs and phones, offered to plugins through the plugin kit: calendar files
 * ({@link jp.innovationnet.portal.files.ICalendarFiles}) and QR codes ({@link jp.innovationnet.portal.files.QrCodePng}).
 */
package jp.innovationnet.portal.files;
