package jp.innovationnet.portal.plugin.host.osgi;

/** An uploaded file that is not an installable plugin bundle; names the part of it at fault. */
public class InvalidPluginException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field   the part at fault: "file" or a manifest header such as "Import-Package"
     * @param message what is wrong
     */
    public InvalidPluginException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** @return the part at fault */
    public String field() {
        return field;
    }
}
