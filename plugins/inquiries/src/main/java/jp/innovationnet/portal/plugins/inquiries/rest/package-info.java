/**
 * The desk's routes under {@code /api/plugins/inquiries}: input read with Bean Validation and the plugin kit (422
 * naming each field), who may do what (404 for whoever an inquiry does not concern), and the views written for each
 * reader.
 */
package jp.innovationnet.portal.plugins.inquiries.rest;
