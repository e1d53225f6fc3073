package jp.innovationnet.portal.membership.officer;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import jp.innovationnet.portal.membership.organization.CodedConverter;

/** Stores an office by its code ({@code steering-committee-chair}); see {@code Converters} on the interface. */
@Converter
public class OfficeConverter extends CodedConverter<Office> implements AttributeConverter<Office, String> {
    public OfficeConverter() {
        super(Office.class);
    }
}
