package jp.innovationnet.portal.identity.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.innovationnet.portal.identity.Authenticated;
import jp.innovationnet.portal.identity.CsrfTokens;

/**
 * {@code GET /api/csrf}: the logged-in browser's CSRF token, {@code {"headerName":"X-CSRF-Token","token":"..."}}.
 * Same-origin scripts read it and send it on every POST/PUT/PATCH/DELETE; other sites cannot read it.
 */
@Path("csrf")
@RequestScoped
public class CsrfResource {

    @Context
    HttpServletRequest request;

    /** @return the token of the caller's session (created with the session) */
    @GET
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    public Response token() {
        String token = CsrfTokens.tokenOf(request.getSession(true));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(Json.createObjectBuilder().add("headerName", CsrfTokens.HEADER).add("token", token)
                .build().toString()).cacheControl(noStore).build();
    }
}
