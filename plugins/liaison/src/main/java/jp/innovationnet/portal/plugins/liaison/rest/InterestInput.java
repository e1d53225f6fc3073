package jp.innovationnet.portal.plugins.liaison.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import jp.innovationnet.portal.plugin.api.kit.NoMarkup;
import jp.innovationnet.portal.plugin.api.kit.PlainText;
import jp.innovationnet.portal.plugins.liaison.interest.InterestContent;

/**
 * An expression of interest (the body of {@code POST /opportunities/{id}/interests}).
 *
 * @param who        who is interested: the organization or company, as far as they want to say
 * @param capability which capability they bring
 * @param why        why they are interested
 */
public record InterestInput(@NotBlank @Size(max = 1000) @PlainText @NoMarkup String who,
                            @NotBlank @Size(max = 2000) @PlainText @NoMarkup String capability,
                            @NotBlank @Size(max = 2000) @PlainText @NoMarkup String why) {

    /** @return what it says, trimmed */
    InterestContent content() {
        return new InterestContent(who.strip(), capability.strip(), why.strip());
    }
}
