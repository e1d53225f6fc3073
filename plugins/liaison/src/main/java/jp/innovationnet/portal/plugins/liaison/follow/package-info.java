/** Follows (the aggregate): an opportunity or a saved search a person follows, and the alerts by e-mail. */
package jp.innovationnet.portal.plugins.liaison.follow;
