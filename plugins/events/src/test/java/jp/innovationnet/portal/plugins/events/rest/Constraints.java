package jp.innovationnet.portal.plugins.events.rest;

import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** Checks a route body's constraints as the portal does before the plugin reads it (the messages aside). */
final class Constraints {

    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private Constraints() {
    }

    /**
     * @param body a route body as read
     * @return each property path at fault with the template of its message
     */
    static Map<String, String> violated(Object body) {
        Map<String, String> fields = new TreeMap<>();
        VALIDATOR.validate(body).forEach(v -> fields.put(v.getPropertyPath().toString(), v.getMessageTemplate()));
        return fields;
    }
}
