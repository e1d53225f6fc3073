/**
 * The closed lists that say what someone knows, shared by profiles and cases: fields and services (the core's codes),
 * industries, languages, programmes. Labels in {@code labels_ja.properties} and {@code labels_en.properties}.
 */
package jp.innovationnet.portal.plugins.coordinators.expertise;
