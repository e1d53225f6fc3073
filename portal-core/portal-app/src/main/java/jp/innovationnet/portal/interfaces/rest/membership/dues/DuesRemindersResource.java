package jp.innovationnet.portal.interfaces.rest.membership.dues;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import jp.innovationnet.portal.identity.CurrentCaller;
import jp.innovationnet.portal.membership.dues.Reminders;

/** {@code /api/dues/reminders}: the secretariat reminds members of overdue invoices (at most once a day each). */
@Path("dues/reminders")
@RequestScoped
@RolesAllowed("secretariat")
public class DuesRemindersResource {

    @Inject
    Reminders reminders;

    @Inject
    CurrentCaller caller;

    /** @return the invoices reminded, those reminded today already, and those with nobody to remind */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Reminders.Run run() {
        return reminders.remindOverdue(caller.get());
    }
}
