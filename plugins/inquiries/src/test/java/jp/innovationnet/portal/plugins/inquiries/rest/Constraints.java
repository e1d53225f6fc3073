package jp.innovationnet.portal.plugins.inquiries.rest;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** A route body's Bean Validation constraints, checked as the core checks them before a route reads the body. */
final class Constraints {

    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private Constraints() {
    }

    /** @param body a body as read @return the property paths whose constraints fail, e.g. {@code question.ja} */
    static Set<String> violated(Object body) {
        return VALIDATOR.validate(body).stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    }
}
