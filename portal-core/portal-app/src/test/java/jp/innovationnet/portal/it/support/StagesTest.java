package jp.innovationnet.portal.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every integration-test class says which CI stage(s) it runs in: Failsafe selects classes by stage tag, so a class
 * without one would run in no stage at all.
 */
class StagesTest {

    @Test
    void everyIntegrationTestClassNamesItsStages() throws Exception {
        List<Class<?>> classes = integrationTestClasses();
        assertThat(classes).as("the IT classes compiled next to this test").hasSizeGreaterThan(40);
        for (Class<?> type : classes) {
            boolean both = type.isAnnotationPresent(RunsOnH2AndPostgresql.class);
            boolean h2 = type.isAnnotationPresent(RunsOnH2Only.class);
            assertThat(both ^ h2).as("%s carries exactly one of @RunsOnH2AndPostgresql and @RunsOnH2Only",
                    type.getName()).isTrue();
        }
    }

    @Test
    void browserTestsRunOnceAndEverythingElseOnBothDatabases() throws Exception {
        for (Class<?> type : integrationTestClasses()) {
            boolean screens = type.getPackageName().endsWith(".it.web");
            assertThat(type.isAnnotationPresent(screens ? RunsOnH2Only.class : RunsOnH2AndPostgresql.class))
                    .as("%s: browser tests (package it.web) run on H2 only, the others on both databases",
                            type.getName())
                    .isTrue();
        }
    }

    private static List<Class<?>> integrationTestClasses() throws IOException, URISyntaxException {
        Path root = Path.of(StagesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).map(Path::toString)
                    .filter(name -> name.endsWith("IT.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .sorted().map(StagesTest::load).toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, StagesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
