package jp.innovationnet.portal.membership.dues;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvoiceNumberTest {

    @Test
    void isTheFiscalYearAndAFourDigitSequence() {
        assertThat(new InvoiceNumber(new FiscalYear(2026), 1)).hasToString("2026-0001");
        assertThat(new InvoiceNumber(new FiscalYear(2026), 65)).hasToString("2026-0065");
        assertThat(new InvoiceNumber(new FiscalYear(2026), 12345)).as("grows past four digits").hasToString("2026-12345");
    }

    @Test
    void followsOnWithoutGapsWithinTheYear() {
        InvoiceNumber first = new InvoiceNumber(new FiscalYear(2026), 1);
        assertThat(first.next()).hasToString("2026-0002");
        assertThat(first.next().next().fiscalYear()).isEqualTo(new FiscalYear(2026));
    }

    @Test
    void aCounterHandsOutEachNumberOnce() {
        InvoiceCounter counter = new InvoiceCounter(new FiscalYear(2027));
        assertThat(counter.take()).hasToString("2027-0001");
        assertThat(counter.take()).hasToString("2027-0002");
        assertThat(new InvoiceCounter(new FiscalYear(2028)).take()).as("each year starts at 1").hasToString("2028-0001");
    }

    @Test
    void parsesWhatItPrints() {
        assertThat(InvoiceNumber.parse("2026-0042")).isEqualTo(new InvoiceNumber(new FiscalYear(2026), 42));
        assertThatThrownBy(() -> InvoiceNumber.parse("2026-42")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InvoiceNumber.parse("2026-0000")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InvoiceNumber.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
