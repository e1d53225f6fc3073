/**
 * The plugin's REST routes (through the portal's plugin contract): each body's own rules as Bean Validation
 * constraints on its input record, checked by the portal, and the rules between fields in the plugin, both answered
 * as one 422 problem naming the fields in the caller's language; events and registrations as JSON views, iCalendar
 * files.
 */
package jp.innovationnet.portal.plugins.events.rest;
