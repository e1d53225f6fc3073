/**
 * The web portal's shell: the one HTML page every screen runs in (its scripts and styles are files under
 * {@code /assets/}, never inline), content-versioned asset URLs that browsers may cache for a year, and the security
 * headers of every response (Content-Security-Policy without inline script or style).
 */
package jp.innovationnet.portal.interfaces.web.shell;
