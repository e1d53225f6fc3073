package jp.innovationnet.portal.plugins.events.rest;

import java.util.List;

/** What the public registration routes answer. */
final class PublicRegistrationViews {

    private PublicRegistrationViews() {
    }

    /**
     * @param formToken the token to send back with the form
     * @param questions what the event asks
     */
    record Form(String formToken, List<QuestionView> questions) {
    }

    /**
     * @param status          pending, confirmed or waiting
     * @param statusLabel     the status in the reader's language
     * @param waitingPosition for a waiting registration: its place in the waiting list
     * @param privateToken    the key to read and cancel the registration; the registrant's secret
     */
    record Created(String status, String statusLabel, Long waitingPosition, String privateToken) {
    }

    /** @param registration the registration @param event its event (as lists show it) */
    record Own(RegistrationView registration, EventView event) {
    }
}
