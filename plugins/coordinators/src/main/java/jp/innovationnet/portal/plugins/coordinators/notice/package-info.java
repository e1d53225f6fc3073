/** How the exchange tells a coordinator of something: in the portal's inbox and by mail in their language. */
package jp.innovationnet.portal.plugins.coordinators.notice;
