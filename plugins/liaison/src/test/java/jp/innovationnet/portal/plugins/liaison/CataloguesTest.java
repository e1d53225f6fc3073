package jp.innovationnet.portal.plugins.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.testkit.KitChecks;

/**
 * Every closed list and message catalogue of the plugin, found among its classes, in both languages; and the screens'
 * catalogues ({@code web/i18n/en.json}, {@code ja.json}) with the same keys.
 */
class CataloguesTest {

    private static final Set<String> PLURALS = Set.of("zero", "one", "two", "few", "many", "other");

    @Test
    void everyLabelAndTextIsThereInBothLanguages() {
        KitChecks.assertCataloguesOf(LiaisonPlugin.class);
    }

    @Test
    void theScreensSayEverythingInBothLanguages() throws Exception {
        assertThat(keys(read("en"), "")).isEqualTo(keys(read("ja"), "")).hasSizeGreaterThan(100);
    }

    private static JsonObject read(String language) throws Exception {
        try (InputStream in = CataloguesTest.class.getResourceAsStream("/web/i18n/" + language + ".json");
             var reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }

    /** The messages' keys; a plural message (one, other...) is one key whatever its forms in the language. */
    private static Set<String> keys(JsonObject catalogue, String prefix) {
        Set<String> keys = new TreeSet<>();
        catalogue.forEach((key, value) -> {
            boolean group = value.getValueType() == JsonValue.ValueType.OBJECT
                    && !PLURALS.containsAll(value.asJsonObject().keySet());
            if (group) {
                keys.addAll(keys(value.asJsonObject(), prefix + key + "."));
            } else {
                keys.add(prefix + key);
            }
        });
        return keys;
    }
}
