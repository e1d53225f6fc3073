package jp.innovationnet.portal.interfaces.rest.membership.application;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import jp.innovationnet.portal.interfaces.rest.membership.organization.OrganizationViews;
import jp.innovationnet.portal.membership.application.Applicant;
import jp.innovationnet.portal.membership.application.ApplicationDesk.ApplicationRecord;
import jp.innovationnet.portal.membership.organization.MembershipStatus;
import jp.innovationnet.portal.membership.organization.MembershipTransition;

/**
 * How an application is shown: to the secretariat with the organization's lifecycle history, to the applicant (by
 * their private link) with the reason of a rejection. Both see the organization's whole record as submitted, the
 * applicant's details and the questions and answers.
 */
final class ApplicationViews {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private ApplicationViews() {
    }

    /**
     * @param record  the application
     * @param history the organization's lifecycle, oldest first
     * @return the secretariat's view
     */
    static JsonObject forSecretariat(ApplicationRecord record, List<MembershipTransition> history) {
        JsonArrayBuilder steps = JSON.createArrayBuilder();
        history.forEach(t -> steps.add(OrganizationViews.of(t)));
        return common(record).add("history", steps).build();
    }

    /**
     * @param record  the application
     * @param history the organization's lifecycle, oldest first
     * @return the applicant's view
     */
    static JsonObject forApplicant(ApplicationRecord record, List<MembershipTransition> history) {
        JsonObjectBuilder json = common(record);
        if (record.organization().getStatus() == MembershipStatus.REJECTED && !history.isEmpty()
                && history.getLast().getReason() != null) {
            json.add("reason", history.getLast().getReason());
        }
        return json.build();
    }

    private static JsonObjectBuilder common(ApplicationRecord record) {
        MembershipStatus status = record.organization().getStatus();
        Applicant applicant = record.application().applicant();
        JsonObjectBuilder person = JSON.createObjectBuilder().add("name", applicant.name())
                .add("email", applicant.email()).add("language", applicant.language().getLanguage());
        if (applicant.phone() != null) {
            person.add("phone", applicant.phone());
        }
        JsonArrayBuilder messages = JSON.createArrayBuilder();
        record.messages().forEach(m -> messages.add(JSON.createObjectBuilder()
                .add("sentAt", m.getSentAt().toString())
                .add("author", m.author().name().toLowerCase(Locale.ROOT))
                .add("authorName", m.getAuthorName())
                .add("text", m.getText())));
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("reference", record.application().getReference())
                .add("status", status.code())
                .add("statusLabel", JSON.createObjectBuilder().add("ja", status.labelJa()).add("en", status.labelEn()))
                .add("submittedAt", record.application().getSubmittedAt().toString())
                .add("membershipClass", record.application().getDesiredClass().code())
                .add("applicant", person)
                .add("organization", OrganizationViews.of(record.organization(), OrganizationViews.Visibility.PRIVATE))
                .add("messages", messages);
        if (record.application().getMessage() != null) {
            json.add("message", record.application().getMessage());
        }
        return json;
    }
}
