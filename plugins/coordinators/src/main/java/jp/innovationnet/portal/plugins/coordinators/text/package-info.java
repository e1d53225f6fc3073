/**
 * Texts as the plugin compares and checks them: folding of tags and words ({@link
 * jp.innovationnet.portal.plugins.coordinators.text.TagFolding}), Japanese-aware terms for search ({@link
 * jp.innovationnet.portal.plugins.coordinators.text.Terms}) and skill tags ({@link
 * jp.innovationnet.portal.plugins.coordinators.text.SkillTag}); the refusal of markup is the kit's
 * {@link jp.innovationnet.portal.plugin.api.kit.NoMarkup}.
 */
package jp.innovationnet.portal.plugins.coordinators.text;
