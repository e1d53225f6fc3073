/** The portal's notification inbox: messages in both languages to users, organizations or roles. */
package jp.innovationnet.portal.notification;
