package jp.innovationnet.portal.membership.registry;

/**
 * One thing wrong (or worth knowing) about an import file, with where it is and what it is in both languages.
 *
 * @param line      the file's line where the row starts (the header is line 1); 0 for the file as a whole
 * @param column    the column's header name, or {@code ""} when the problem is the row or the file
 * @param severity  whether it stops the import
 * @param messageJa what is wrong, in Japanese
 * @param messageEn what is wrong, in English
 */
public record ImportProblem(long line, String column, Severity severity, String messageJa, String messageEn) {

    /** Errors stop the import; warnings are reported and the row is imported as it is. */
    public enum Severity {
        ERROR, WARNING;

        /** @return {@code error} or {@code warning} */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static ImportProblem error(long line, RegistryColumn column, String messageJa, String messageEn) {
        return new ImportProblem(line, column == null ? "" : column.header(), Severity.ERROR, messageJa, messageEn);
    }

    static ImportProblem warning(long line, RegistryColumn column, String messageJa, String messageEn) {
        return new ImportProblem(line, column == null ? "" : column.header(), Severity.WARNING, messageJa, messageEn);
    }

    /** @return whether it stops the import */
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
