package jp.innovationnet.portal.identity.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jp.innovationnet.portal.identity.Authenticated;
import jp.innovationnet.portal.identity.Logout;

/**
 * {@code POST /api/logout}: the web shell's logout. Ends the portal session and answers
 * {@code {"location": "<Keycloak end-session URL>"}}, where the script sends the browser next. Like every
 * state-changing call from the browser, it needs the CSRF header.
 */
@Path("logout")
@RequestScoped
public class LogoutResource {

    @Context
    HttpServletRequest request;

    @Inject
    Logout logout;

    /**
     * @return where the browser goes next
     * @throws ServletException if the container cannot log out
     */
    @POST
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    public String logOut() throws ServletException {
        return Json.createObjectBuilder().add("location", logout.logOut(request)).build().toString();
    }
}
