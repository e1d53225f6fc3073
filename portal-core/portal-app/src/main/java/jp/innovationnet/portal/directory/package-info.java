/** The network's directory of organizations, as far as the platform needs it (the registry grows it). */
package jp.innovationnet.portal.directory;
