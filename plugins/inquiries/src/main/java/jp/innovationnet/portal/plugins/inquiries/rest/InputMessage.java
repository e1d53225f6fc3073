package jp.innovationnet.portal.plugins.inquiries.rest;

import java.util.Locale;

/** What the service-level, routing and canned-reply routes tell people about bad input, in Japanese and English. */
enum InputMessage {
    REQUIRED("入力してください", "is required"),
    TOO_LONG("%s文字以内で入力してください", "must be at most %s characters"),
    CONTROL_CHARACTERS("改行とタブ以外の制御文字は使えません", "must not hold control characters other than newline and tab"),
    ONE_OF("次のいずれかを指定してください: %s", "must be one of: %s"),
    TOPIC_OR_REGION("相談分野か地域の少なくとも一方を指定してください", "give a topic, a region or both"),
    UNKNOWN_ORGANIZATION("ネットワークの有効な会員・機関ではありません", "is not an active organization of the network"),
    DUPLICATE_RULE("同じ分野・地域・機関のルールが既にあります", "a rule with the same topic, region and organization exists"),
    OUT_OF_RANGE("%s から %s までの値にしてください", "must be from %s to %s"),
    NOT_A_DATE("日付の形式が正しくありません（例: 2026-04-01）", "must be a date such as 2026-04-01"),
    TO_BEFORE_FROM("開始日以降の日付にしてください", "must not be before the start date"),
    RANGE_TOO_LONG("期間は開始日から %s 日以内にしてください", "must be at most %s days after the start date");

    private final String ja;
    private final String en;

    InputMessage(String ja, String en) {
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
}
