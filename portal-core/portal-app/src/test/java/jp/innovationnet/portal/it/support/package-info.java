/** What the integration tests share: the deployment, an HTTP client for the portal, plugin bundles to install. */
package jp.innovationnet.portal.it.support;
