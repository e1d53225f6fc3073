/**
 * The plugin's REST routes (through the portal's plugin contract): input checked at the boundary (400 problems
 * naming the fields, in the caller's language), events and registrations as JSON views, iCalendar files.
 */
package jp.innovationnet.portal.plugins.events.rest;
