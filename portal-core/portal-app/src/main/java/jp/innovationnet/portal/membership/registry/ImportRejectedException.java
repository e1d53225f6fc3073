package jp.innovationnet.portal.membership.registry;

/** A real run refused because of errors: nothing was registered. Unchecked, so the transaction rolls back. */
public class ImportRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ImportReport report;

    /** @param report what was found (with at least one error) */
    public ImportRejectedException(ImportReport report) {
        super("import of " + report.file() + " refused: " + report.errors() + " errors");
        this.report = report;
    }

    /** @return what was found */
    public ImportReport report() {
        return report;
    }
}
