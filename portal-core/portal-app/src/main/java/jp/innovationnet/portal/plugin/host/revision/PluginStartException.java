package jp.innovationnet.portal.plugin.host.revision;

/** A plugin revision that could not start; the message is fit to show the secretariat. */
public class PluginStartException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param reason why the plugin could not start */
    public PluginStartException(String reason) {
        super(reason);
    }

    /** @param reason why the plugin could not start @param cause the underlying error */
    public PluginStartException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
