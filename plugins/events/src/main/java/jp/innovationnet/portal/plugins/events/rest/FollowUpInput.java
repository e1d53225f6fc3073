package jp.innovationnet.portal.plugins.events.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.text.Normalizer;
import java.util.Optional;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.innovationnet.portal.plugin.api.kit.PlainText;
import jp.innovationnet.portal.plugins.events.followup.FollowUpAnswers;

/**
 * A participant's answers to the follow-up form. Texts are kept as plain text, NFC-normalised, with line ends made
 * {@code \n} and format characters (bidirectional overrides, zero-width characters...) removed; screens show them
 * as text, never as HTML. Whom to follow up with is required when a follow-up is wanted ({@link WithWhom}).
 *
 * @param satisfaction   1 (not satisfied) to 5 (very satisfied)
 * @param newContacts    how many new contacts they made, 0 to 999
 * @param followUpWanted whether they want a follow-up
 * @param followUpWith   with whom (an organization, a person, a topic); required when a follow-up is wanted
 * @param comment        a comment, plain text
 */
@FollowUpInput.WithWhom
public record FollowUpInput(@NotNull @Min(FollowUpAnswers.SATISFACTION_MIN) @Max(FollowUpAnswers.SATISFACTION_MAX)
                            Integer satisfaction,
                            @NotNull @Min(0) @Max(FollowUpAnswers.CONTACTS_MAX) Integer newContacts,
                            @NotNull Boolean followUpWanted,
                            @Size(max = 400) @PlainText String followUpWith,
                            @Size(max = 2000) @PlainText String comment) {

    /** @return the answers; call once the constraints are met */
    FollowUpAnswers answers() {
        Optional<String> with = followUpWanted ? plain(followUpWith) : Optional.empty();
        return new FollowUpAnswers(satisfaction, newContacts, followUpWanted, with, plain(comment));
    }

    private static Optional<String> plain(String value) {
        return Optional.ofNullable(value).map(v -> Normalizer.normalize(v, Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n').replaceAll("\\p{Cf}", "").strip()).filter(t -> !t.isEmpty());
    }

    /** Bean Validation: {@code followUpWith} names someone when a follow-up is wanted (the field is at fault). */
    @Documented
    @Constraint(validatedBy = WithWhom.Check.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface WithWhom {

        /** @return the message template: the portal's "is required" */
        String message() default "{jakarta.validation.constraints.NotBlank.message}";

        /** @return the validation groups */
        Class<?>[] groups() default {};

        /** @return the payload */
        Class<? extends Payload>[] payload() default {};

        /** Checks {@link WithWhom}. */
        final class Check implements ConstraintValidator<WithWhom, FollowUpInput> {

            @Override
            public boolean isValid(FollowUpInput input, ConstraintValidatorContext context) {
                if (!Boolean.TRUE.equals(input.followUpWanted()) || plain(input.followUpWith()).isPresent()) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode("followUpWith").addConstraintViolation();
                return false;
            }
        }
    }
}
