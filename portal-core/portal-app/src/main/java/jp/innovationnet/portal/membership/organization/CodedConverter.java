package jp.innovationnet.portal.membership.organization;

import jakarta.persistence.AttributeConverter;

/**
 * Stores a {@link Coded} value as its code, so that renaming a constant's label never touches the data.
 *
 * @param <E> the enum
 */
public abstract class CodedConverter<E extends Enum<E> & Coded> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected CodedConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.code();
    }

    @Override
    public E convertToEntityAttribute(String code) {
        return code == null ? null : Coded.parse(type, code)
                .orElseThrow(() -> new IllegalStateException("unknown " + type.getSimpleName() + " '" + code + "'"));
    }
}
