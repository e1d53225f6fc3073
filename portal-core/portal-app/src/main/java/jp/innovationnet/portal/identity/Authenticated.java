package jp.innovationnet.portal.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JAX-RS resource class or method that any logged-in user may call. Anonymous callers get a 401 problem.
 * For role checks use {@link jakarta.annotation.security.RolesAllowed} (anonymous callers get 401 there too).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Authenticated {
}
