package jp.innovationnet.portal.plugins.liaison;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.testkit.KitChecks;

/** Every closed list and message catalogue of the plugin, found among its classes, in both languages. */
class CataloguesTest {

    @Test
    void everyLabelAndTextIsThereInBothLanguages() {
        KitChecks.assertCataloguesOf(LiaisonPlugin.class);
    }
}
