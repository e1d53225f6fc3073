package jp.innovationnet.portal.membership.registry;

import java.util.List;

/**
 * What an import found and did.
 *
 * @param file     the file's name, as the caller gave it
 * @param dryRun   whether this was a dry run (nothing written)
 * @param rows     the data rows read (blank lines not counted)
 * @param imported the organizations registered (0 for a dry run or a refused file)
 * @param rowsRead the rows that passed the checks, with the alias each gets
 * @param problems every error and warning, in file order
 */
public record ImportReport(String file, boolean dryRun, int rows, int imported, List<ImportRow> rowsRead,
                          List<ImportProblem> problems) {

    public ImportReport {
        rowsRead = List.copyOf(rowsRead);
        problems = List.copyOf(problems);
    }

    /** @return whether any problem stops the import */
    public boolean hasErrors() {
        return problems.stream().anyMatch(ImportProblem::isError);
    }

    /** @return the number of errors */
    public long errors() {
        return problems.stream().filter(ImportProblem::isError).count();
    }

    /** @return the number of warnings */
    public long warnings() {
        return problems.size() - errors();
    }

    /**
     * @param count the organizations registered
     * @return this report as the outcome of a real run that registered them
     */
    public ImportReport imported(int count) {
        return new ImportReport(file, false, rows, count, rowsRead, problems);
    }

    /** @return this report as the outcome of a real run that was refused (nothing registered) */
    public ImportReport refused() {
        return new ImportReport(file, false, rows, 0, rowsRead, problems);
    }
}
