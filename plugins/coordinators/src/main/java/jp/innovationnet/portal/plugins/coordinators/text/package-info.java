/**
 * Texts as the plugin compares and checks them: folding of tags and words ({@link
 * jp.innovationnet.portal.plugins.coordinators.text.TagFolding}), Japanese-aware terms for search ({@link
 * jp.innovationnet.portal.plugins.coordinators.text.Terms}), and the refusal of markup in what people write ({@link
 * jp.innovationnet.portal.plugins.coordinators.text.NoMarkup}).
 */
package jp.innovationnet.portal.plugins.coordinators.text;
