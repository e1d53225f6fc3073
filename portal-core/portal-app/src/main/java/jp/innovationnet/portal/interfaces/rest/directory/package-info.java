/** REST: the member directory's search for logged-in users ({@code /api/directory/organizations}). */
package jp.innovationnet.portal.interfaces.rest.directory;
