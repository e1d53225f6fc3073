package jp.innovationnet.portal.plugins.events.rest;

import java.time.Instant;
import java.util.Locale;

import jp.innovationnet.portal.plugins.events.registration.Registrant;
import jp.innovationnet.portal.plugins.events.registration.Registration;
import jp.innovationnet.portal.plugins.events.registration.RegistrationDesk;
import jp.innovationnet.portal.plugins.events.registration.RegistrationStatus;

/** Writes registrations as {@link RegistrationView}s. */
final class RegistrationViews {

    private RegistrationViews() {
    }

    /**
     * @param registration a registration
     * @param desk         the desk, which knows waiting positions
     * @param locale       the reader's language
     * @return the registration, with its place in the waiting list if it waits
     */
    static RegistrationView of(Registration registration, RegistrationDesk desk, Locale locale) {
        return of(registration, registration.status() == RegistrationStatus.WAITING
                ? desk.waitingPosition(registration) : null, locale, null);
    }

    /**
     * @param r                a registration
     * @param waitingPosition  its place in the waiting list; null if it does not wait
     * @param locale           the reader's language
     * @param alreadyCheckedIn for the answer to a check-in: whether they had checked in before; else null
     * @return the registration
     */
    static RegistrationView of(Registration r, Long waitingPosition, Locale locale, Boolean alreadyCheckedIn) {
        Registrant who = r.registrant();
        return new RegistrationView(r.id(), r.eventId(), r.status().code(), r.status().label(locale),
                waitingPosition, who.userId().orElse(null), who.name(), who.email(), who.language().getLanguage(),
                who.organizationId().orElse(null), who.organization().orElse(null), r.createdAt().toString(),
                r.changedAt().toString(), r.answers(), r.checkedInAt().map(Instant::toString).orElse(null),
                r.checkInCode(), alreadyCheckedIn);
    }
}
