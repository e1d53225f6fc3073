/** Texts: the search terms of Japanese and English texts, and the refusal of markup in what people write. */
package jp.innovationnet.portal.plugins.liaison.text;
