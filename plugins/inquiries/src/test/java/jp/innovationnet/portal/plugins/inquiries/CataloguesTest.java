package jp.innovationnet.portal.plugins.inquiries;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.Wording;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every closed list of the plugin has a label in both languages for each value, and every message of its catalogues
 * a text in both: the enums are found among the plugin's classes, so a new one cannot be forgotten here.
 */
class CataloguesTest {

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]");

    @Test
    void everyCodedValueHasALabelInBothLanguages() throws Exception {
        List<Class<?>> lists = enumsImplementing(Coded.class);
        assertThat(lists).as("the plugin's closed lists").hasSizeGreaterThan(5);
        for (Class<?> list : lists) {
            for (Object constant : list.getEnumConstants()) {
                Coded value = (Coded) constant;
                String name = list.getSimpleName() + "." + value.code();
                assertThat(value.labelEn()).as(name).isNotBlank().doesNotContainPattern(JAPANESE);
                assertThat(value.labelJa()).as(name).containsPattern(JAPANESE);
            }
        }
    }

    @Test
    void everyWordingHasATextInBothLanguages() throws Exception {
        List<Class<?>> catalogues = enumsImplementing(Wording.class);
        assertThat(catalogues).as("the plugin's catalogues").isNotEmpty();
        for (Class<?> catalogue : catalogues) {
            for (Object constant : catalogue.getEnumConstants()) {
                Wording wording = (Wording) constant;
                String name = catalogue.getSimpleName() + "." + wording.name();
                String english = wording.in(Locale.ENGLISH);
                assertThat(english).as(name).isNotBlank().doesNotContainPattern(JAPANESE);
                assertThat(wording.in(Locale.JAPANESE)).as(name).isNotBlank().isNotEqualTo(english);
            }
        }
    }

    /** @return the plugin's enums (nested ones included) that implement {@code type} */
    private static List<Class<?>> enumsImplementing(Class<?> type) throws IOException, URISyntaxException {
        Path classes = Path.of(InquiriesPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> classes.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".")
                            .replaceFirst("\\.class$", ""))
                    .filter(name -> name.startsWith(InquiriesPlugin.class.getPackageName() + "."))
                    .map(CataloguesTest::load)
                    .filter(c -> c.isEnum() && type.isAssignableFrom(c))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, CataloguesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
