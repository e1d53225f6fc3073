/** REST: managing plugins (list, install, update, remove) and dispatching requests to their routes. */
package jp.innovationnet.portal.interfaces.rest.plugin;
