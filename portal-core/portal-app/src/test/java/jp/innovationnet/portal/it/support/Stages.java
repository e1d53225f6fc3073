package jp.innovationnet.portal.it.support;

/**
 * The CI stages an integration-test class can run in, as JUnit tags: Failsafe runs the classes tagged {@link #H2}
 * in {@code bin/portal test} and those tagged {@link #POSTGRESQL} with {@code -Ppostgresql} ({@code it.groups}).
 */
public final class Stages {

    /** The README's test command, on the embedded H2 database. */
    public static final String H2 = "h2";

    /** The PostgreSQL suite, run by CI after the H2 stage on that stage's build. */
    public static final String POSTGRESQL = "postgresql";

    private Stages() {
    }
}
