package jp.innovationnet.portal.plugin.host.services;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.membership.organization.ActivityField;
import jp.innovationnet.portal.membership.organization.Coded;
import jp.innovationnet.portal.membership.organization.Prefecture;
import jp.innovationnet.portal.membership.organization.Region;
import jp.innovationnet.portal.membership.organization.SupportService;

import static org.assertj.core.api.Assertions.assertThat;

/** The kit's regions, prefectures, fields and services are the core's reference data, as plugins see it. */
class KitReferenceDataTest {

    @Test
    void theKitsRegionsAreTheCoresWithTheSameNames() {
        assertThat(Arrays.stream(jp.innovationnet.portal.plugin.api.kit.Region.values())
                .map(r -> r.code() + "=" + r.labelJa())).containsExactlyElementsOf(
                Arrays.stream(Region.values()).map(r -> r.nameEn() + "=" + r.nameJa()).toList());
    }

    @Test
    void theKitsPrefecturesAreTheCoresWithTheSameNamesAndRegions() {
        assertThat(Arrays.stream(jp.innovationnet.portal.plugin.api.kit.Prefecture.values())
                .map(p -> p.code() + " " + p.labelJa() + " " + p.labelEn() + " " + p.region().code()))
                .containsExactlyElementsOf(Arrays.stream(Prefecture.values())
                        .map(p -> p.code() + " " + p.nameJa() + " " + p.nameEn() + " " + p.region().nameEn()).toList());
    }

    @Test
    void theKitsFieldsAndServicesAreTheCoresWithTheSameLabels() {
        assertThat(kit(jp.innovationnet.portal.plugin.api.kit.ActivityField.values()))
                .containsExactlyElementsOf(core(ActivityField.values()));
        assertThat(kit(jp.innovationnet.portal.plugin.api.kit.SupportService.values()))
                .containsExactlyElementsOf(core(SupportService.values()));
    }

    private static java.util.List<String> kit(jp.innovationnet.portal.plugin.api.kit.Coded[] values) {
        return Arrays.stream(values).map(v -> v.code() + " " + v.labelJa() + " " + v.labelEn()).toList();
    }

    private static java.util.List<String> core(Coded[] values) {
        return Arrays.stream(values).map(v -> v.code() + " " + v.labelJa() + " " + v.labelEn()).toList();
    }
}
