/** Web: static assets contributed by plugins, served from their bundles. */
package jp.innovationnet.portal.interfaces.web;
