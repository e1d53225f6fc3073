/**
 * The registry as a file: the secretariat imports organizations from CSV (a dry run that reports every problem by
 * line and column, and an all-or-nothing real run) and exports the registry to CSV (UTF-8 with a byte-order mark,
 * so that Excel opens the Japanese text correctly). Parsing and checking are plain Java
 * ({@link jp.innovationnet.portal.membership.registry.RegistryCsvReader}); writing to the registry goes through
 * {@link jp.innovationnet.portal.membership.organization.OrganizationRegistry#register}.
 */
package jp.innovationnet.portal.membership.registry;
