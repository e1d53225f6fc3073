package jp.innovationnet.portal.plugin.api.kit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Bean Validation: a route body's text is a code of the closed list {@link #value()} (null passes; add
 * {@code @NotNull} where one is required). The core's message names the allowed codes in the caller's language.
 */
@Documented
@Constraint(validatedBy = CodeOf.Check.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface CodeOf {

    /** @return the closed list */
    Class<? extends Coded> value();

    /** @return the message template; the core fills {@code {codes}} */
    String message() default "{jp.innovationnet.portal.plugin.api.kit.CodeOf.message}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link CodeOf}. */
    final class Check implements ConstraintValidator<CodeOf, String> {

        private Coded[] values;

        @Override
        public void initialize(CodeOf annotation) {
            Coded[] constants = annotation.value().getEnumConstants();
            if (constants == null) {
                throw new IllegalArgumentException("@CodeOf needs an enum, not " + annotation.value());
            }
            values = constants;
        }

        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            return code == null || Arrays.stream(values).anyMatch(v -> v.code().equals(code));
        }
    }
}
