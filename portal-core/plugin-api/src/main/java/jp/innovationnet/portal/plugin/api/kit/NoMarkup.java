package jp.innovationnet.portal.plugin.api.kit;

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
 * Bean Validation: a text people write for others to read holds no HTML tag, comment or {@code javascript:} address,
 * also in full-width letters (null passes; since contract 1.5). Markdown is shown through the portal's sanitiser anyway; this refuses script at the door, so that
 * what is stored is what the writer meant and nothing waits for a screen that forgets to escape.
 */
@Documented
@Constraint(validatedBy = NoMarkup.Check.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface NoMarkup {

    /** @return the message template */
    String message() default "{jp.innovationnet.portal.plugin.api.kit.NoMarkup.message}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link NoMarkup}. */
    final class Check implements ConstraintValidator<NoMarkup, String> {

        private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]|javascript\\s*:|vbscript\\s*:",
                Pattern.CASE_INSENSITIVE);

        /**
         * @param text a text
         * @return whether it holds markup or a script address, also in full-width letters
         */
        public static boolean hasMarkup(String text) {
            return MARKUP.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).find();
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            return text == null || !hasMarkup(text);
        }
    }
}
