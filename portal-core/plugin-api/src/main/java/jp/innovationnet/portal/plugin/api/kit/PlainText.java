package jp.innovationnet.portal.plugin.api.kit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Bean Validation: a route body's text holds no control characters but newline, carriage return and tab (null
 * passes). Combine with {@code @NotBlank} and {@code @Size(max = …)}.
 */
@Documented
@Constraint(validatedBy = PlainText.Check.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    /** @return the message template */
    String message() default "{jp.innovationnet.portal.plugin.api.kit.PlainText.message}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link PlainText}. */
    final class Check implements ConstraintValidator<PlainText, String> {

        /**
         * @param text a text
         * @return whether it holds a control character other than newline, carriage return and tab
         */
        static boolean hasControlCharacters(String text) {
            return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            return text == null || !hasControlCharacters(text);
        }
    }
}
