package jp.innovationnet.portal.membership.dues;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaxTreatmentTest {

    @Test
    void duesOutsideTheScopeOfConsumptionTaxCarryNoTax() {
        assertThat(TaxTreatment.NOT_TAXABLE.apply(100_000))
                .isEqualTo(new TaxedAmount(100_000, TaxTreatment.NOT_TAXABLE, 0, 100_000));
        assertThat(TaxTreatment.NOT_TAXABLE.taxable()).isFalse();
        assertThat(TaxTreatment.NOT_TAXABLE.labelJa()).isEqualTo("不課税");
    }

    @Test
    void theStandardRateAddsTenPercentRoundedDownOnce() {
        assertThat(TaxTreatment.STANDARD_10.apply(50_000))
                .isEqualTo(new TaxedAmount(50_000, TaxTreatment.STANDARD_10, 5_000, 55_000));
        assertThat(TaxTreatment.STANDARD_10.apply(30_005).tax()).as("fractions of a yen are dropped").isEqualTo(3_000);
        assertThat(TaxTreatment.STANDARD_10.apply(9).tax()).isZero();
        assertThat(TaxTreatment.STANDARD_10.apply(0).total()).isZero();
    }

    @Test
    void refusesNegativeAmounts() {
        assertThatThrownBy(() -> TaxTreatment.STANDARD_10.apply(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isWrittenByCode() {
        assertThat(TaxTreatment.STANDARD_10.code()).isEqualTo("standard-10");
        assertThat(TaxTreatment.NOT_TAXABLE.code()).isEqualTo("not-taxable");
    }
}
