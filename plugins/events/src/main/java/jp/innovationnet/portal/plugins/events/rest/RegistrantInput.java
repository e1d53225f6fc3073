package jp.innovationnet.portal.plugins.events.rest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import jp.innovationnet.portal.plugin.api.kit.CodeOf;
import jp.innovationnet.portal.plugin.api.kit.Language;
import jp.innovationnet.portal.plugin.api.kit.PlainText;
import jp.innovationnet.portal.plugins.events.registration.Registrant;

/**
 * A person registered without an account: by an organiser, or by themselves through the public form (which adds
 * the form's token and honeypot, and may not name a member organization).
 *
 * @param name           their name
 * @param email          their e-mail address
 * @param language       ja or en; ja by default
 * @param organizationId the member organization they come for, if any (organisers only)
 * @param organization   the organization they come for, as they write it
 * @param answers        question id to answer
 * @param formToken      the public form's token
 * @param website        the public form's honeypot: a field people do not see and leave empty
 */
public record RegistrantInput(@NotBlank @Size(max = 200) @PlainText String name,
                              @NotBlank @Email @Size(max = 320) String email,
                              @CodeOf(Language.class) String language,
                              String organizationId,
                              @Size(max = 200) @PlainText String organization,
                              Map<String, String> answers, String formToken, String website) {

    /**
     * @param memberOrganization whether the sender may name a member organization (organisers may)
     * @return the registrant
     */
    Registrant registrant(boolean memberOrganization) {
        return new Registrant(Optional.empty(), name.strip(), email.strip(),
                Locale.forLanguageTag(language == null ? Language.JA.code() : language),
                Optional.ofNullable(organizationId).filter(o -> memberOrganization && !o.isBlank()),
                EventInput.text(organization));
    }
}
