/** The liaison desk's REST routes under {@code /api/plugins/liaison}: bodies, views and who may call what. */
package jp.innovationnet.portal.plugins.liaison.rest;
