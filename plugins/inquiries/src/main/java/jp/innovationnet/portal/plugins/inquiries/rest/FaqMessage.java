package jp.innovationnet.portal.plugins.inquiries.rest;

import java.util.Locale;
import java.util.Map;

import jp.innovationnet.portal.plugin.api.http.ProblemException;

/** What the FAQ routes tell people about bad input and refused actions, in Japanese and English. */
enum FaqMessage {
    REQUIRED("入力してください", "is required"),
    REQUIRED_TO_PUBLISH("公開するには日本語と英語の両方が必要です", "both Japanese and English are needed to publish"),
    TOO_LONG("%s文字以内で入力してください", "must be at most %s characters"),
    ONE_OF("次のいずれかを指定してください: %s", "must be one of: %s"),
    NOT_A_NUMBER("数値で指定してください", "must be a number"),
    OUT_OF_RANGE("%s から %s までの値にしてください", "must be from %s to %s"),
    CONTROL_CHARACTERS("改行とタブ以外の制御文字は使えません", "must not contain control characters other than line breaks and tabs"),
    NOT_A_REFERENCE("受付番号の形式が正しくありません（例: Q26-7K3M-9PQX）", "must be a reference such as Q26-7K3M-9PQX"),
    STALE_VERSION("他の人が変更しました。読み込み直してください", "someone else changed the entry; reload it");

    private final String ja;
    private final String en;

    FaqMessage(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    /**
     * @param locale the reader's language
     * @param args   values for the message's placeholders
     * @return the message in Japanese, or in English for every other language
     */
    String in(Locale locale, Object... args) {
        String pattern = Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? ja : en;
        return String.format(Locale.ROOT, pattern, args);
    }

    /**
     * @param errors field (JSON path or query parameter) to message, at least one
     * @return a 400 problem naming every field at fault
     */
    static ProblemException badRequest(Map<String, String> errors) {
        return new ProblemException(400, "Bad Request", "invalid: " + String.join(", ", errors.keySet()), errors);
    }

    /**
     * @param locale the reader's language
     * @return a 409 problem: the entry changed since the caller read it
     */
    static ProblemException stale(Locale locale) {
        String message = STALE_VERSION.in(locale);
        return new ProblemException(409, "Conflict", message, Map.of("version", message));
    }
}
