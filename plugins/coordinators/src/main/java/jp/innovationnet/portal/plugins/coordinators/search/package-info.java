/**
 * The expert finder's and the case search's terms, kept in the plugin's table {@code coordinators_term} with the
 * widest audience that may find each, and the SQL that searches them: no index only one server knows.
 */
package jp.innovationnet.portal.plugins.coordinators.search;
