package jp.innovationnet.portal.plugin.host;

/** A plugin that is installed already was sent for a new installation. */
public class PluginConflictException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message what conflicts */
    public PluginConflictException(String message) {
        super(message);
    }
}
