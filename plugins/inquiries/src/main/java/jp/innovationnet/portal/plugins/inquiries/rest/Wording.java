package jp.innovationnet.portal.plugins.inquiries.rest;

import java.util.Locale;

/** What the desk tells people about bad input and refused actions, in Japanese and English. */
enum Wording {
    REQUIRED("入力してください", "is required"),
    TOO_LONG("%s文字以内で入力してください", "must be at most %s characters"),
    ONE_OF("次のいずれかを指定してください: %s", "must be one of: %s"),
    CONTROL_CHARACTERS("改行とタブ以外の制御文字は使えません", "must not contain control characters other than newline and tab"),
    NOT_AN_EMAIL("メールアドレスの形式が正しくありません", "must be an e-mail address"),
    TOO_MANY("%s 件以内にしてください", "give at most %s"),
    LIST_NEEDED("少なくとも 1 件指定してください", "name at least one"),
    NOT_BASE64("Base64 で送ってください", "must be Base64"),
    FILE_TOO_LARGE("ファイルは %s MiB 以内にしてください", "must be at most %s MiB"),
    FILES_TOO_LARGE("ファイルは合わせて %s MiB 以内にしてください", "must be at most %s MiB together"),
    FILE_EMPTY("空のファイルです", "is empty"),
    FILE_EXTENSION("添付できる形式は PDF, PNG, JPEG, TXT, CSV, DOCX, XLSX, PPTX です",
            "may be PDF, PNG, JPEG, TXT, CSV, DOCX, XLSX or PPTX"),
    FILE_TYPE("この種類のファイルは添付できません（実行ファイル・HTML・スクリプトなど）",
            "is of a type that cannot be attached (executables, HTML, scripts...)"),
    FILE_DISGUISED("ファイルの内容が拡張子と一致しません", "has content that does not match its extension"),
    NOT_A_NUMBER("0 以上の整数で指定してください", "must be a whole number, 0 or more"),
    NOT_A_DATE("YYYY-MM-DD 形式の日付で指定してください", "must be a date as YYYY-MM-DD"),
    TO_BEFORE_FROM("開始日以降の日付を指定してください", "must not be before from"),
    RANGE_TOO_LONG("期間は %s 年以内にしてください", "the period must be at most %s years"),
    NOT_RESOLVED("回答済みまたは完了したお問い合わせからだけ FAQ を作成できます（現在: %s）",
            "an FAQ entry can only be drafted from an answered or closed inquiry (it is %s)"),
    UNKNOWN_ORGANIZATION("ネットワークの有効な機関ではありません", "is not an active organization of the network"),
    DUPLICATE("同じ機関が重複しています", "names the same organization twice"),
    ALREADY_ROUTED("この機関には既に回付されています", "the inquiry is routed there already"),
    KIND_NOT_YOURS("この種類のメッセージは書けません", "you cannot write this kind of message"),
    NOT_HOLDING("この機関はこのお問い合わせを担当していません（%s）", "your organization does not hold this inquiry (%s)"),
    REFERRAL_STATE("この回付は%sのため、この操作はできません", "the referral is %s: this cannot be done"),
    INQUIRY_STATE("このお問い合わせは%sのため、この操作はできません", "the inquiry is %s: this cannot be done"),
    NOT_YOUR_ORGANIZATION("自分の機関の回付だけ操作できます", "only the organization's own users can do this"),
    NOT_ASSIGNABLE("この機関の担当者（職員の役割を持つ人）ではありません",
            "is not a person of the organization with a staff role"),
    SELF_ONLY("担当者には自分自身だけを指定できます", "you can only assign yourself"),
    STALE("他の人が同時に変更しました。読み込み直してください", "someone else changed the inquiry; reload it");

    private final String ja;
    private final String en;

    Wording(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    /**
     * @param locale the reader's language
     * @param args   values for the placeholders
     * @return the text in Japanese, or in English for every other language
     */
    String in(Locale locale, Object... args) {
        String pattern = Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? ja : en;
        return String.format(Locale.ROOT, pattern, args);
    }
}
