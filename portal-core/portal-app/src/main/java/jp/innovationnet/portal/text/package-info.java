/** Japanese and English text as the portal compares, searches and sorts it. */
package jp.innovationnet.portal.text;
