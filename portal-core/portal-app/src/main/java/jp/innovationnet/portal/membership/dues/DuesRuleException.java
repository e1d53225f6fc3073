package jp.innovationnet.portal.membership.dues;

import java.util.Locale;
import java.util.Optional;

/**
 * A dues operation broke a rule: bad input (naming the field) or a request the record's state does not allow.
 * Carries its message in Japanese and English; nothing of the operation is kept (the transaction rolls back).
 */
public class DuesRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of rule was broken, which decides the HTTP status. */
    public enum Kind {
        /** The input is wrong (400, naming the field). */
        INVALID,
        /** No such record, or not one the caller may see (404). */
        NOT_FOUND,
        /** The record's state does not allow it (409). */
        CONFLICT,
        /** The portal is not configured for it (503). */
        UNAVAILABLE
    }

    private final Kind kind;
    private final String field;
    private final String messageJa;

    private DuesRuleException(Kind kind, String field, String messageEn, String messageJa) {
        super(messageEn);
        this.kind = kind;
        this.field = field;
        this.messageJa = messageJa;
    }

    /**
     * @param field     the input's JSON property (or query parameter)
     * @param messageEn what is wrong, in English
     * @param messageJa what is wrong, in Japanese
     * @return the exception
     */
    public static DuesRuleException invalid(String field, String messageEn, String messageJa) {
        return new DuesRuleException(Kind.INVALID, field, messageEn, messageJa);
    }

    /** @param what e.g. "invoice 2026-0001" @param whatJa e.g. "請求書 2026-0001" @return the exception */
    public static DuesRuleException notFound(String what, String whatJa) {
        return new DuesRuleException(Kind.NOT_FOUND, null, "no " + what, whatJa + "は見つかりません");
    }

    /**
     * @param field     the input that conflicts, or null
     * @param messageEn why, in English
     * @param messageJa why, in Japanese
     * @return the exception
     */
    public static DuesRuleException conflict(String field, String messageEn, String messageJa) {
        return new DuesRuleException(Kind.CONFLICT, field, messageEn, messageJa);
    }

    /** @param messageEn why, in English @param messageJa why, in Japanese @return the exception */
    public static DuesRuleException unavailable(String messageEn, String messageJa) {
        return new DuesRuleException(Kind.UNAVAILABLE, null, messageEn, messageJa);
    }

    public Kind kind() {
        return kind;
    }

    /** @return the input field at fault, if one is */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** @param locale Japanese or English @return the message in that language */
    public String message(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? messageJa : getMessage();
    }
}
