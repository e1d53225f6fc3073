package jp.innovationnet.portal.plugin.host;

/** No plugin of that id is installed. */
public class PluginNotFoundException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param pluginId the id asked for */
    public PluginNotFoundException(String pluginId) {
        super("no plugin '" + pluginId + "' is installed");
    }
}
