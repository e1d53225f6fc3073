/**
 * REST: the public membership application ({@code /api/public/applications}, no login, protected against spam and
 * floods) and the secretariat's review ({@code /api/applications}).
 */
package jp.innovationnet.portal.interfaces.rest.membership.application;
