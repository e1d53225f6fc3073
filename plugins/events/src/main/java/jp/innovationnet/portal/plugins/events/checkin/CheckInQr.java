package jp.innovationnet.portal.plugins.events.checkin;

import jp.innovationnet.portal.plugins.events.registration.Registration;

/**
 * The QR code a registrant shows at the door leads to the organisers' check-in screen with the registration's code;
 * the kit's {@code QrCodes} draw it.
 */
public final class CheckInQr {

    private CheckInQr() {
    }

    /**
     * @param registration a registration
     * @return the portal path its QR code leads to: the organisers' check-in screen with its event and code (make
     *     it absolute with the plugin context's {@code portalUrl})
     */
    public static String path(Registration registration) {
        return "/p/events/organise?view=checkin&event=" + registration.eventId() + "&code="
                + registration.checkInCode();
    }
}
