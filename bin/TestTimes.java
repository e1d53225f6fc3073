import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;

/**
 * Where a test run's time went: reads the Surefire (unit) and Failsafe (integration) XML reports under the given
 * folders (default: the working directory) and prints each test class's time, the totals of each kind and the ten
 * slowest classes. Run by {@code .ci/run} after each stage, so every CI log says where the time went:
 *
 * <pre>java bin/TestTimes.java [folder ...]</pre>
 *
 * A class's time is the one its report gives: for an integration test that includes its {@code @BeforeAll} work
 * (the first class also pays for the test server's start and the one deployment).
 */
public final class TestTimes {

    /** One test class's report. */
    record ClassTime(String kind, String name, double seconds, int tests, int failed, int skipped) {
    }

    public static void main(String[] args) throws Exception {
        List<Path> roots = args.length == 0 ? List.of(Path.of(".")) : Stream.of(args).map(Path::of).toList();
        List<ClassTime> classes = new ArrayList<>();
        for (Path root : roots) {
            classes.addAll(read(root));
        }
        if (classes.isEmpty()) {
            System.out.println("test times: no Surefire or Failsafe reports under " + roots);
            return;
        }
        classes.sort(Comparator.comparing(ClassTime::kind).thenComparing(ClassTime::name));
        System.out.println("Test times per class (from the Surefire and Failsafe reports)");
        System.out.printf(Locale.ROOT, "%-12s %9s %6s  %s%n", "kind", "seconds", "tests", "class");
        for (ClassTime c : classes) {
            System.out.printf(Locale.ROOT, "%-12s %9.1f %6d  %s%s%n", c.kind(), c.seconds(), c.tests(), c.name(),
                    c.failed() > 0 ? "  (" + c.failed() + " failed)" : "");
        }
        System.out.println();
        System.out.println("Totals");
        for (String kind : classes.stream().map(ClassTime::kind).distinct().toList()) {
            List<ClassTime> ofKind = classes.stream().filter(c -> c.kind().equals(kind)).toList();
            System.out.printf(Locale.ROOT, "%-12s %9.1f s in %d classes, %d tests (%d failed, %d skipped)%n", kind,
                    ofKind.stream().mapToDouble(ClassTime::seconds).sum(), ofKind.size(),
                    ofKind.stream().mapToInt(ClassTime::tests).sum(),
                    ofKind.stream().mapToInt(ClassTime::failed).sum(),
                    ofKind.stream().mapToInt(ClassTime::skipped).sum());
        }
        System.out.println();
        System.out.println("The 10 slowest classes");
        classes.stream().sorted(Comparator.comparingDouble(ClassTime::seconds).reversed()).limit(10)
                .forEach(c -> System.out.printf(Locale.ROOT, "%9.1f s  %-12s %s%n", c.seconds(), c.kind(), c.name()));
    }

    private static List<ClassTime> read(Path root) throws IOException {
        List<ClassTime> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(TestTimes::isReport).sorted().toList()) {
                classes.add(parse(file));
            }
        }
        return classes;
    }

    private static boolean isReport(Path file) {
        String folder = file.getParent() == null ? "" : file.getParent().getFileName().toString();
        String name = file.getFileName().toString();
        return (folder.startsWith("surefire-reports") || folder.startsWith("failsafe-reports"))
                && name.startsWith("TEST-") && name.endsWith(".xml");
    }

    private static ClassTime parse(Path file) throws IOException {
        try {
            Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile())
                    .getDocumentElement();
            String kind = file.getParent().getFileName().toString().startsWith("failsafe") ? "integration" : "unit";
            return new ClassTime(kind, suite.getAttribute("name"), number(suite, "time"),
                    (int) number(suite, "tests"),
                    (int) (number(suite, "failures") + number(suite, "errors")), (int) number(suite, "skipped"));
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("unreadable report " + file, e);
        }
    }

    private static double number(Element element, String attribute) {
        String value = element.getAttribute(attribute).replace(",", "");
        return value.isEmpty() ? 0 : Double.parseDouble(value);
    }
}
