package jp.innovationnet.portal.membership.dues;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegistrationNumberTest {

    @Test
    void acceptsPublishedCorporateNumbers() {
        // the National Tax Agency's own corporate number, and Toyota Motor Corporation's (both published)
        assertThat(new RegistrationNumber("T7000012050002")).hasToString("T7000012050002");
        assertThat(new RegistrationNumber("T1180301018771").value()).isEqualTo("T1180301018771");
    }

    @Test
    void computesTheCheckDigitFromTheTwelveDigitsAfterIt() {
        assertThat(RegistrationNumber.checkDigit("000012050002")).isEqualTo(7);
        assertThat(RegistrationNumber.checkDigit("180301018771")).isEqualTo(1);
        assertThat(RegistrationNumber.checkDigit("000000000000")).as("the development placeholder").isEqualTo(9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"T8000012050002", "T7000012050003", "7000012050002", "T700001205000", "T70000120500021",
            "t7000012050002", "T700001205000X", "", " T7000012050002"})
    void refusesAWrongCheckDigitOrForm(String number) {
        assertThatThrownBy(() -> new RegistrationNumber(number)).isInstanceOf(IllegalArgumentException.class);
    }
}
