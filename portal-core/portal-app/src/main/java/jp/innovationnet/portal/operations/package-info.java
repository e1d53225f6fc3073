/**
 * Operations: health checks, the correlation id of each request, application metrics and the OpenAPI document that
 * includes the routes of the active plugins. Server-side settings live in {@code liberty-config/includes/operations.xml};
 * see {@code docs/operations.md}.
 */
package jp.innovationnet.portal.operations;
