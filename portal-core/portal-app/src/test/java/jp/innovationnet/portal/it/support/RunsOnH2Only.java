package jp.innovationnet.portal.it.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * An integration-test class that runs once, in the H2 stage ({@code bin/portal test}): a browser test of screens,
 * whose subject does not depend on the database (what the screens call is tested on both databases by the API
 * tests). Every {@code *IT} class carries this or {@link RunsOnH2AndPostgresql} ({@code StagesTest} checks it).
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(Stages.H2)
public @interface RunsOnH2Only {
}
