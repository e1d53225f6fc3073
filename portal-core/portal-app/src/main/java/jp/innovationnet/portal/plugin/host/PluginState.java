package jp.innovationnet.portal.plugin.host;

/** The state of an installed plugin. */
public enum PluginState {
    /** A revision is serving. */
    ACTIVE,
    /** No revision is serving: the plugin failed to install or start; see its reason. */
    FAILED
}
