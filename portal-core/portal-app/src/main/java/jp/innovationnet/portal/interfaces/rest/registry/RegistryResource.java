package jp.innovationnet.portal.interfaces.rest.registry;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.innovationnet.portal.identity.CurrentCaller;
import jp.innovationnet.portal.interfaces.rest.problem.Problem;
import jp.innovationnet.portal.membership.registry.ImportRejectedException;
import jp.innovationnet.portal.membership.registry.ImportReport;
import jp.innovationnet.portal.membership.registry.RegistryFile;

/**
 * {@code /api/registry}: the secretariat's CSV import and export of the registry.
 * <ul>
 *   <li>{@code POST /api/registry/import/dry-run?file=members-2009.csv} (body: the CSV) — every problem by line
 *       and column, and the alias each row would get; writes nothing; 200.</li>
 *   <li>{@code POST /api/registry/import?file=...} — all or nothing: 200 with the report when every row was
 *       registered; 422 problem with the same report when any row has an error (nothing registered).</li>
 *   <li>{@code GET /api/registry/export} — the registry as CSV, UTF-8 with a byte-order mark.</li>
 * </ul>
 */
@Path("registry")
@RequestScoped
@RolesAllowed("secretariat")
public class RegistryResource {

    /** Larger uploads are refused (10,000 organizations with profiles take about 10 MiB). */
    static final int MAX_UPLOAD_BYTES = 32 * 1024 * 1024;

    @Inject
    RegistryFile registryFile;

    @Inject
    CurrentCaller caller;

    /**
     * @param file the file's name, for the report
     * @param body the CSV
     * @return 200 with the report
     */
    @POST
    @Path("import/dry-run")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    public Response dryRun(@QueryParam("file") @DefaultValue("upload.csv") String file, InputStream body) {
        return Response.ok(ImportReportJson.report(registryFile.dryRun(fileName(file), read(body)))).build();
    }

    /**
     * @param file the file's name, for the report and each organization's history
     * @param body the CSV
     * @return 200 with the report; 422 problem with the report when nothing was imported
     */
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public Response importAll(@QueryParam("file") @DefaultValue("upload.csv") String file, InputStream body) {
        byte[] content = read(body);
        try {
            ImportReport report = registryFile.importAll(fileName(file), content, caller.get());
            return Response.ok(ImportReportJson.report(report), MediaType.APPLICATION_JSON_TYPE).build();
        } catch (ImportRejectedException e) {
            return Response.status(422).type(Problem.MEDIA).entity(ImportReportJson.refused(e.report())).build();
        }
    }

    /** @return the registry as CSV */
    @GET
    @Path("export")
    @Produces("text/csv; charset=UTF-8")
    public Response export() {
        String name = "registry-" + LocalDate.now(ZoneId.of("Asia/Tokyo")) + ".csv";
        return Response.ok(registryFile.export())
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private static String fileName(String file) {
        if (file.isBlank() || file.length() > 200 || file.chars().anyMatch(Character::isISOControl)) {
            throw Problem.invalidField("file", "a file name of 1 to 200 characters / 200 文字以内のファイル名")
                    .asException();
        }
        return file.strip();
    }

    private static byte[] read(InputStream body) {
        try {
            byte[] content = body.readNBytes(MAX_UPLOAD_BYTES + 1);
            if (content.length > MAX_UPLOAD_BYTES) {
                throw new Problem(413, "Content Too Large", "The file is larger than " + MAX_UPLOAD_BYTES
                        + " bytes / ファイルが大きすぎます", java.util.Map.of("file", "too large")).asException();
            }
            if (content.length == 0) {
                throw Problem.invalidField("file", "the request body must be the CSV file / CSV ファイルを送ってください")
                        .asException();
            }
            return content;
        } catch (IOException e) {
            throw Problem.invalidField("file", "the upload could not be read / ファイルを読めません: " + e.getMessage())
                    .asException();
        }
    }
}
