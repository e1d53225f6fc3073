package jp.innovationnet.portal.interfaces.rest.body;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks a resource method whose request body may be at most {@link BodySizeLimitFilter#MAX_BYTES} long; a longer one
 * gets 413 before anything parses it.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface BodySizeLimit {
}
