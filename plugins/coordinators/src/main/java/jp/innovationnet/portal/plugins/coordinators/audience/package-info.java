/** Who may read what: the audiences of profile parts and cases, and the reader as far as that goes. */
package jp.innovationnet.portal.plugins.coordinators.audience;
