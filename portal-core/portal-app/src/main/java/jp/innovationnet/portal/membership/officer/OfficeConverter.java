package jp.innovationnet.portal.membership.officer;

import jakarta.persistence.Converter;

import jp.innovationnet.portal.membership.organization.CodedConverter;

/** Stores an office by its code ({@code steering-committee-chair}). */
@Converter
public class OfficeConverter extends CodedConverter<Office> {
    public OfficeConverter() {
        super(Office.class);
    }
}
