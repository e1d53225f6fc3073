package jp.innovationnet.portal.plugins.events.rest;

import java.util.Locale;

/** What the plugin tells people about bad input and refused actions, in Japanese and English. */
enum Message {
    REQUIRED("入力してください", "is required"),
    TOO_LONG("%s文字以内で入力してください", "must be at most %s characters"),
    ONE_OF("次のいずれかを指定してください: %s", "must be one of: %s"),
    NOT_A_TIME("日時の形式が正しくありません（例: 2026-12-10T13:30）", "must be a date and time such as 2026-12-10T13:30"),
    NOT_A_MONTH("年月の形式が正しくありません（例: 2026-12）", "must be a month such as 2026-12"),
    NOT_A_ZONE("タイムゾーンが正しくありません（例: Asia/Tokyo）", "must be a time zone such as Asia/Tokyo"),
    NOT_A_NUMBER("数値で指定してください", "must be a number"),
    NOT_AN_EMAIL("メールアドレスの形式が正しくありません", "must be an e-mail address"),
    NOT_A_WEB_ADDRESS("http または https のアドレスを入力してください", "must be an http or https address"),
    END_BEFORE_START("開始より後の日時にしてください", "must be after the start"),
    PLACE_NEEDED("会場の住所かオンライン会議の URL のどちらかを入力してください", "give an address or an online URL"),
    CAPACITY_POSITIVE("1 以上にしてください", "must be at least 1"),
    CAPACITY_BELOW_CONFIRMED("参加確定済みの %s 名より少なくはできません", "cannot be below the %s people already confirmed"),
    CLOSES_AFTER_END("開催終了までに締め切ってください", "must be no later than the end of the event"),
    OPENS_AFTER_CLOSE("受付終了より前にしてください", "must be before registration closes"),
    OUT_OF_RANGE("%s から %s までの値にしてください", "must be from %s to %s"),
    NOT_A_DATE("日付の形式が正しくありません（例: 2026-04-01）", "must be a date such as 2026-04-01"),
    TO_BEFORE_FROM("開始日以降の日付にしてください", "must not be before the start date"),
    RANGE_TOO_LONG("期間は %s 年以内にしてください", "must be at most %s years after the start date"),
    FOLLOW_UP_NOT_YET("イベント終了後（%s 以降）に回答できます", "can be answered once the event has ended (from %s)"),
    FOLLOW_UP_CLOSED("回答期限（%s）を過ぎました", "answers were taken until %s"),
    FOLLOW_UP_NOT_HELD("開催されなかったイベントです（%s）", "the event did not take place (%s)"),
    NO_ORGANIZATION_LABEL("所属機関なし", "No organization"),
    NO_REGION_LABEL("地域の指定なし", "No region"),
    FOLLOW_UP_NOT_CONFIRMED("参加が確定した方のみ回答できます（現在: %s）",
            "only confirmed participants can answer (yours is %s)"),
    LIST_NEEDED("少なくとも 1 件指定してください", "name at least one"),
    REGISTRATION_NOT_OPEN("申込受付はまだ始まっていません（%s から）", "registration opens at %s"),
    REGISTRATION_CLOSED("申込受付は終了しました（%s まで）", "registration closed at %s"),
    NOT_PUBLISHED("公開中のイベントではありません（%s）", "the event is not published (%s)"),
    STATE_REFUSED("このイベントは%sのため、この操作はできません", "the event is %s: this cannot be done"),
    STALE_VERSION("他の人が変更しました。読み込み直してください", "someone else changed the event; reload it"),
    NOT_ORGANISER("このイベントの主催者ではありません", "you do not organise this event"),
    NO_ORGANIZATION("所属機関がないため主催できません", "you act for no organization, so you cannot organise events"),
    OTHER_ORGANISER("他の機関のイベントは作成できません", "you can only create events of your own organization"),
    LOGIN_NEEDED("ログインしてください", "log in first"),
    TOO_MANY("%s 件以内にしてください", "give at most %s"),
    OPTIONS_NEEDED("選択肢を 2 つ以上入力してください", "give at least two options"),
    OPTIONS_ONLY_FOR_CHOICE("選択肢は選択式の質問にだけ指定できます", "only a choice question has options"),
    QUESTION_UNKNOWN_ID("このイベントの質問ではありません（新しい質問には id を付けないでください）",
            "is not one of the event's questions (send new questions without an id)"),
    QUESTION_TYPE_ANSWERED("回答があるため、質問の形式は変更できません", "has answers, so its type cannot change"),
    QUESTION_OPTIONS_ANSWERED("回答があるため、選択肢は減らせません（追加と文言の変更はできます）",
            "has answers, so its options cannot become fewer (you may add options and reword them)"),
    UNKNOWN_QUESTION("このイベントにこの質問はありません", "the event asks no such question"),
    NOT_AN_OPTION("選択肢の番号（0 から %s）で答えてください", "must be the number of an option, 0 to %s"),
    NOT_YES_NO("yes か no で答えてください", "must be yes or no"),
    ALREADY_REGISTERED("このメールアドレスで既に申し込まれています（%s）。申込後に届いたメールのリンクから確認・取消ができます",
            "this e-mail address is registered for the event already (%s); the link in the mail you got lets you see or cancel it"),
    NOT_PENDING("承認待ちの申込ではありません（%s）", "the registration is not awaiting approval (%s)"),
    NOT_CONFIRMED("参加確定の申込ではないため受付できません（%s）", "the registration is not confirmed (%s), so it cannot check in"),
    CODE_OR_REGISTRATION("code か registrationId のどちらかを指定してください", "give a code or a registrationId");

    private final String ja;
    private final String en;

    Message(String ja, String en) {
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
