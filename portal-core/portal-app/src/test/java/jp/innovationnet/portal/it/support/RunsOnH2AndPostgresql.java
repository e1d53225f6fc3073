package jp.innovationnet.portal.it.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * An integration-test class that runs in both CI stages: on the embedded H2 database ({@code bin/portal test}) and
 * again on PostgreSQL ({@code -Ppostgresql}), because what it tests goes through the database. Every {@code *IT}
 * class carries this or {@link RunsOnH2Only} ({@code StagesTest} checks it).
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(Stages.H2)
@Tag(Stages.POSTGRESQL)
public @interface RunsOnH2AndPostgresql {
}
