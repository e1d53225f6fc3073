package jp.innovationnet.portal.membership.dues;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import jp.innovationnet.portal.membership.organization.CodedConverter;

/** How the dues' closed sets and fiscal years are written in the database: by code, and by starting year. */
public final class DuesConverters {

    private DuesConverters() {
    }

    @Converter(autoApply = true)
    public static class Tax extends CodedConverter<TaxTreatment> {
        public Tax() {
            super(TaxTreatment.class);
        }
    }

    @Converter(autoApply = true)
    public static class Status extends CodedConverter<InvoiceStatus> {
        public Status() {
            super(InvoiceStatus.class);
        }
    }

    @Converter(autoApply = true)
    public static class Method extends CodedConverter<PaymentMethod> {
        public Method() {
            super(PaymentMethod.class);
        }
    }

    @Converter(autoApply = true)
    public static class Year implements AttributeConverter<FiscalYear, Integer> {
        @Override
        public Integer convertToDatabaseColumn(FiscalYear value) {
            return value == null ? null : value.startYear();
        }

        @Override
        public FiscalYear convertToEntityAttribute(Integer year) {
            return year == null ? null : new FiscalYear(year);
        }
    }
}
