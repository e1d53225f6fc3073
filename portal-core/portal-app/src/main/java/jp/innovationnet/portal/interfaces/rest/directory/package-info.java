/** REST: the secretariat registers organizations and changes their membership status. */
package jp.innovationnet.portal.interfaces.rest.directory;
