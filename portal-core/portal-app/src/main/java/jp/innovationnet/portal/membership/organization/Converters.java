package jp.innovationnet.portal.membership.organization;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * How the organization's closed sets are written in the database: by code (prefectures by JIS X 0401 code). Each
 * converter names {@code AttributeConverter<T, String>} itself: EclipseLink reads the attribute and column types
 * from the converter class's own interfaces and does not resolve them through {@link CodedConverter}'s type
 * parameter (without it, enums were written and read by ordinal, and codes in the database could not be read).
 */
public final class Converters {

    private Converters() {
    }

    @Converter(autoApply = true)
    public static class Kind extends CodedConverter<OrganizationKind>
            implements AttributeConverter<OrganizationKind, String> {
        public Kind() {
            super(OrganizationKind.class);
        }
    }

    @Converter(autoApply = true)
    public static class Class extends CodedConverter<MembershipClass>
            implements AttributeConverter<MembershipClass, String> {
        public Class() {
            super(MembershipClass.class);
        }
    }

    @Converter(autoApply = true)
    public static class Status extends CodedConverter<MembershipStatus>
            implements AttributeConverter<MembershipStatus, String> {
        public Status() {
            super(MembershipStatus.class);
        }
    }

    @Converter(autoApply = true)
    public static class Legal extends CodedConverter<LegalForm>
            implements AttributeConverter<LegalForm, String> {
        public Legal() {
            super(LegalForm.class);
        }
    }

    @Converter(autoApply = true)
    public static class Field extends CodedConverter<ActivityField>
            implements AttributeConverter<ActivityField, String> {
        public Field() {
            super(ActivityField.class);
        }
    }

    @Converter(autoApply = true)
    public static class Service extends CodedConverter<SupportService>
            implements AttributeConverter<SupportService, String> {
        public Service() {
            super(SupportService.class);
        }
    }

    @Converter(autoApply = true)
    public static class PrefectureCode implements AttributeConverter<Prefecture, String> {
        @Override
        public String convertToDatabaseColumn(Prefecture value) {
            return value == null ? null : value.code();
        }

        @Override
        public Prefecture convertToEntityAttribute(String code) {
            return code == null ? null : Prefecture.ofCode(code)
                    .orElseThrow(() -> new IllegalStateException("unknown prefecture code '" + code + "'"));
        }
    }

    @Converter(autoApply = true)
    public static class RegionName implements AttributeConverter<Region, String> {
        @Override
        public String convertToDatabaseColumn(Region value) {
            return value == null ? null : value.nameEn();
        }

        @Override
        public Region convertToEntityAttribute(String name) {
            return name == null ? null : Region.parse(name)
                    .orElseThrow(() -> new IllegalStateException("unknown region '" + name + "'"));
        }
    }
}
