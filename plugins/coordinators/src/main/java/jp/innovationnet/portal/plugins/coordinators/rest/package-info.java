/**
 * The plugin's routes under {@code /api/plugins/coordinators}: input records with their constraints (checked by the
 * core, 422 naming the fields) and the rules between fields ({@code content(locale)}), and the views each reader may
 * read.
 */
package jp.innovationnet.portal.plugins.coordinators.rest;
