/**
 * The identity's REST side: {@code /api/me}, {@code /api/csrf}, the 401/403 problem answers and the CSRF check.
 */
package jp.innovationnet.portal.identity.rest;
