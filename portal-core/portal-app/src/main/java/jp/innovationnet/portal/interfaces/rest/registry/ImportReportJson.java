package jp.innovationnet.portal.interfaces.rest.registry;

import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;

import jp.innovationnet.portal.membership.registry.ImportProblem;
import jp.innovationnet.portal.membership.registry.ImportReport;
import jp.innovationnet.portal.membership.registry.ImportRow;

/** An import report as JSON, and as the 422 problem of a refused real run. */
final class ImportReportJson {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private ImportReportJson() {
    }

    /**
     * @param report a report
     * @return {@code {file, dryRun, rows, imported, errorCount, warningCount, problems: [...], organizations: [...]}}
     */
    static String report(ImportReport report) {
        return members(JSON.createObjectBuilder(), report).build().toString();
    }

    /**
     * @param report a refused real run's report
     * @return an RFC 9457 problem (422) with the report's members, {@code errors} naming each line and column
     */
    static String refused(ImportReport report) {
        JsonObjectBuilder errors = JSON.createObjectBuilder();
        for (ImportProblem p : report.problems()) {
            if (p.isError()) {
                errors.add(location(p), p.messageEn());
            }
        }
        JsonObjectBuilder problem = JSON.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", "Unprocessable Content")
                .add("status", 422)
                .add("detail", report.errors() + " errors in " + report.file() + ": nothing was imported / "
                        + report.errors() + " 件の誤りがあるため、何も取り込んでいません。")
                .add("errors", errors);
        return members(problem, report).build().toString();
    }

    /** @return where a problem is, e.g. {@code line 17: prefecture} */
    static String location(ImportProblem p) {
        return "line " + p.line() + (p.column().isEmpty() ? "" : ": " + p.column());
    }

    private static JsonObjectBuilder members(JsonObjectBuilder json, ImportReport report) {
        JsonArrayBuilder problems = JSON.createArrayBuilder();
        for (ImportProblem p : report.problems()) {
            problems.add(JSON.createObjectBuilder()
                    .add("line", p.line())
                    .add("column", p.column())
                    .add("severity", p.severity().code())
                    .add("message", JSON.createObjectBuilder().add("ja", p.messageJa()).add("en", p.messageEn())));
        }
        JsonArrayBuilder organizations = JSON.createArrayBuilder();
        for (ImportRow row : report.rowsRead()) {
            organizations.add(JSON.createObjectBuilder()
                    .add("line", row.line())
                    .add("alias", row.alias())
                    .add("aliasDerived", row.aliasDerived())
                    .add("nameJa", row.profile().nameJa())
                    .add("nameEn", row.profile().nameEn()));
        }
        return json.add("file", report.file())
                .add("dryRun", report.dryRun())
                .add("rows", report.rows())
                .add("imported", report.imported())
                .add("errorCount", report.errors())
                .add("warningCount", report.warnings())
                .add("problems", problems)
                .add("organizations", organizations);
    }
}
