package jp.innovationnet.portal.membership.dues;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.membership.organization.MembershipClass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvoiceTest {

    static Invoice invoice(TaxTreatment tax, long amount) {
        return new Invoice(new InvoiceNumber(new FiscalYear(2026), 1),
                new Recipient("tama", "一般社団法人首都圏産業活性化協会", "TAMA Association", MembershipClass.FULL),
                tax.apply(amount), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30), "jilc.secretariat");
    }

    @Test
    void paymentsMoveItToPartiallyPaidThenPaid() {
        Invoice invoice = invoice(TaxTreatment.STANDARD_10, 50_000);
        assertThat(invoice.balance()).isEqualTo(55_000);
        invoice.pay(20_000);
        assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(invoice.balance()).isEqualTo(35_000);
        invoice.pay(35_000);
        assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoice.balance()).isZero();
        assertThatThrownBy(() -> invoice.pay(1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesOverpaymentAndNothingChanges() {
        Invoice invoice = invoice(TaxTreatment.NOT_TAXABLE, 100_000);
        assertThatThrownBy(() -> invoice.pay(100_001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> invoice.pay(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(invoice.getPaidAmount()).isZero();
        assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.ISSUED);
    }

    @Test
    void isOverdueOnlyAfterItsDueDateWhileUnpaid() {
        Invoice invoice = invoice(TaxTreatment.NOT_TAXABLE, 100_000);
        assertThat(invoice.overdueOn(LocalDate.of(2026, 4, 30))).isFalse();
        assertThat(invoice.overdueOn(LocalDate.of(2026, 5, 1))).isTrue();
        invoice.pay(100_000);
        assertThat(invoice.overdueOn(LocalDate.of(2026, 5, 1))).isFalse();
    }

    @Test
    void voidingKeepsTheReasonAndRefusesAnInvoiceWithPayments() {
        Invoice unpaid = invoice(TaxTreatment.NOT_TAXABLE, 100_000);
        unpaid.voidFor("金額誤り", "jilc.secretariat");
        assertThat(unpaid.getStatus()).isEqualTo(InvoiceStatus.VOIDED);
        assertThat(unpaid.getVoidReason()).isEqualTo("金額誤り");
        assertThat(unpaid.balance()).isZero();
        assertThat(unpaid.overdueOn(LocalDate.of(2027, 1, 1))).isFalse();
        assertThatThrownBy(() -> unpaid.voidFor("again", "x")).isInstanceOf(IllegalStateException.class);

        Invoice paid = invoice(TaxTreatment.NOT_TAXABLE, 100_000);
        paid.pay(1_000);
        assertThatThrownBy(() -> paid.voidFor("x", "x")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void remembersTheDayItWasReminded() {
        Invoice invoice = invoice(TaxTreatment.NOT_TAXABLE, 100_000);
        LocalDate day = LocalDate.of(2026, 5, 10);
        assertThat(invoice.remindedOn(day)).isFalse();
        invoice.reminded(day);
        assertThat(invoice.remindedOn(day)).isTrue();
        assertThat(invoice.remindedOn(day.plusDays(1))).isFalse();
        assertThat(invoice.getReminderCount()).isEqualTo(1);
    }

    @Test
    void isNeverDueBeforeItIsIssued() {
        assertThatThrownBy(() -> new Invoice(new InvoiceNumber(new FiscalYear(2026), 1),
                new Recipient("tama", "x", "x", MembershipClass.FULL), TaxTreatment.NOT_TAXABLE.apply(1),
                LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 1), "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
