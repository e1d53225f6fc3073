/** REST: a user's notification inbox. */
package jp.innovationnet.portal.interfaces.rest.notification;
