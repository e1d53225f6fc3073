/** Texts: the search terms of Japanese and English texts (the refusal of markup is the kit's {@code @NoMarkup}). */
package jp.innovationnet.portal.plugins.liaison.text;
