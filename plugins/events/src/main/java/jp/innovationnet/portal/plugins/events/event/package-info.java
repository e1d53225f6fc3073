/**
 * The event aggregate: what an event is ({@link jp.innovationnet.portal.plugins.events.event.Event}), its life
 * (draft → published → closed, or cancelled), whom it is meant for and who sees it
 * ({@link jp.innovationnet.portal.plugins.events.event.Audience},
 * {@link jp.innovationnet.portal.plugins.events.event.Viewer}), and finding the events a viewer may see.
 */
package jp.innovationnet.portal.plugins.events.event;
