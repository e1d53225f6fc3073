package jp.innovationnet.portal.interfaces.rest.directory;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An organization to register.
 *
 * @param id         its alias: lower-case letters, digits and '-'
 * @param nameJa     its Japanese name
 * @param nameEn     its English name
 * @param kind       member, steering-agency, secretariat or overseas-partner
 * @param prefecture its prefecture in English, if in Japan
 * @param region     its region in English
 * @param membershipClass its membership class for members ({@code full} or {@code supporting}); may be absent
 * @param contacts   its contact people; may be absent
 */
public record NewOrganization(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,63}", message = "lower-case letters, digits and '-'") String id,
        @NotBlank @Size(max = 200) String nameJa,
        @NotBlank @Size(max = 200) String nameEn,
        @NotBlank @Pattern(regexp = "member|steering-agency|secretariat|overseas-partner",
                message = "member, steering-agency, secretariat or overseas-partner") String kind,
        @Size(max = 32) String prefecture,
        @Size(max = 32) String region,
        @Size(max = 16) String membershipClass,
        @Valid @Size(max = 20) List<NewContact> contacts) {

    /**
     * A contact person.
     *
     * @param name    full name
     * @param email   e-mail address
     * @param primary whether this is the organization's main contact
     */
    public record NewContact(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 254) String email,
                             boolean primary) {
    }
}
