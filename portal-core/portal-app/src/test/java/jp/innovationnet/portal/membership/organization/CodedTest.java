package jp.innovationnet.portal.membership.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.membership.dues.InvoiceStatus;
import jp.innovationnet.portal.membership.dues.PaymentMethod;
import jp.innovationnet.portal.membership.dues.TaxTreatment;
import jp.innovationnet.portal.membership.officer.Office;

class CodedTest {

    private static final List<Class<? extends Coded>> LISTS = List.of(OrganizationKind.class, MembershipClass.class,
            MembershipStatus.class, LegalForm.class, ActivityField.class, SupportService.class, Office.class,
            TaxTreatment.class, InvoiceStatus.class, PaymentMethod.class);

    @Test
    void everyValueHasALabelInBothLanguages() {
        LISTS.stream().flatMap(type -> Stream.of(type.getEnumConstants())).forEach(value -> {
            assertThat(value.labelJa()).as(value.name()).isNotBlank();
            assertThat(value.labelEn()).as(value.name()).isNotBlank().isNotEqualTo(value.labelJa());
        });
    }

    @Test
    void codesAreNamesInLowerCaseWithHyphens() {
        assertThat(ActivityField.LIFE_SCIENCE.code()).isEqualTo("life-science");
        assertThat(MembershipStatus.INFORMATION_REQUESTED.code()).isEqualTo("information-requested");
    }

    @Test
    void parsesCodesNamesAndLabelsInEitherLanguage() {
        assertThat(Coded.parse(ActivityField.class, "life-science")).contains(ActivityField.LIFE_SCIENCE);
        assertThat(Coded.parse(ActivityField.class, "LIFE_SCIENCE")).contains(ActivityField.LIFE_SCIENCE);
        assertThat(Coded.parse(LegalForm.class, "財団法人")).contains(LegalForm.FOUNDATION);
        assertThat(Coded.parse(MembershipClass.class, " Full member ")).contains(MembershipClass.FULL);
        assertThat(Coded.parse(OrganizationKind.class, "unknown")).isEmpty();
        assertThat(Coded.parse(OrganizationKind.class, null)).isEmpty();
    }

    @Test
    void japaneseLabelsAreTheNetworksWords() {
        assertThat(MembershipClass.FULL.labelJa()).isEqualTo("正会員");
        assertThat(OrganizationKind.STEERING_AGENCY.labelJa()).isEqualTo("幹事機関");
        assertThat(OrganizationKind.STEERING_AGENCY.labelEn()).isEqualTo("Steering agency");
        assertThat(Office.AUDITOR.labelJa()).isEqualTo("監事");
        assertThat(TaxTreatment.NOT_TAXABLE.labelJa()).isEqualTo("不課税");
    }
}
