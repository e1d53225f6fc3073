package jp.innovationnet.portal.plugins.liaison.text;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.text.Normalizer;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Bean Validation: a text written for partners abroad holds no HTML tag, comment or script address (null passes), so
 * that what is stored is what the writer meant and no screen, export or mail can be made to run it. (The coordinators
 * plugin has the same rule; the kit is the place for it once a third plugin needs it.)
 */
@Documented
@Constraint(validatedBy = NoMarkup.Check.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface NoMarkup {

    /** @return the message template */
    String message() default "{liaison.NoMarkup.message}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link NoMarkup}. */
    final class Check implements ConstraintValidator<NoMarkup, String> {

        private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]|javascript\\s*:|vbscript\\s*:",
                Pattern.CASE_INSENSITIVE);

        /** @param text a text @return whether it holds markup or a script address */
        public static boolean hasMarkup(String text) {
            return MARKUP.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).find();
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            return text == null || !hasMarkup(text);
        }
    }
}
