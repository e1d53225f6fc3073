package jp.innovationnet.portal.plugins.coordinators.text;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.innovationnet.portal.plugin.api.kit.NoMarkup;

/**
 * Bean Validation: a free tag as people type it (a skill, a technique, a product): not blank, one line of at most
 * {@value #MAX} characters, no markup. Each failing rule is reported with its own message.
 */
@NotBlank
@Size(max = SkillTag.MAX)
@Pattern(regexp = "[^\\n\\r\\t<>]+")
@NoMarkup
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface SkillTag {

    /** The most characters of a tag. */
    int MAX = 40;

    /** @return the message template (unused: the composing constraints speak) */
    String message() default "{jp.innovationnet.portal.plugin.api.kit.NoMarkup.message}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
