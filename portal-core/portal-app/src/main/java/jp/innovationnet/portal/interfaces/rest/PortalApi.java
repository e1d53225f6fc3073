package jp.innovationnet.portal.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The portal's REST API, under {@code /api}. Resources and providers are discovered by CDI. */
@ApplicationPath("api")
public class PortalApi extends Application {
}
