package jp.innovationnet.portal.plugins.events.notice;

import java.util.Locale;

/** The wording of the plugin's mails, in Japanese and English; {@code %s} are filled in order. */
enum MailText {
    CONFIRMED_SUBJECT("【参加確定】%s", "Registration confirmed: %s"),
    CONFIRMED_LEAD("%s 様\n\n「%s」へのお申し込みを受け付け、参加が確定しました。カレンダー用ファイル（.ics）と、当日受付でお見せいただく QR コードを添付しています。",
            "Dear %s,\n\nyour registration for \"%s\" is confirmed. A calendar file (.ics) and the QR code to show at"
                    + " the door are attached."),
    PENDING_SUBJECT("【承認待ち】%s", "Awaiting approval: %s"),
    PENDING_LEAD("%s 様\n\n「%s」へのお申し込みを受け付けました。主催者の承認後、結果をお知らせします。",
            "Dear %s,\n\nwe have received your registration for \"%s\". The organisers approve registrations; we"
                    + " will let you know their decision."),
    DECLINED_SUBJECT("【お申し込みについて】%s", "Your registration: %s"),
    DECLINED_LEAD("%s 様\n\n「%s」へのお申し込みは、主催者の判断により今回はお受けできないこととなりました。ご了承ください。",
            "Dear %s,\n\nwe are sorry: the organisers of \"%s\" could not accept your registration this time."),
    WAITING_SUBJECT("【キャンセル待ち】%s", "On the waiting list: %s"),
    WAITING_LEAD("%s 様\n\n「%s」は満席のため、キャンセル待ち（%s 番目）で受け付けました。席が空き次第、参加確定をお知らせします。",
            "Dear %s,\n\n\"%s\" is full, so you are on its waiting list (place %s). We will let you know as soon as a"
                    + " seat is yours."),
    PROMOTED_SUBJECT("【参加確定】キャンセル待ちから繰り上がりました: %s", "A seat is yours: %s"),
    PROMOTED_LEAD("%s 様\n\n「%s」に空きが出たため、キャンセル待ちから繰り上がり、参加が確定しました。カレンダー用ファイル（.ics）と、当日受付でお見せいただく QR コードを添付しています。",
            "Dear %s,\n\na seat became free at \"%s\": you have moved up from the waiting list and your registration"
                    + " is confirmed. A calendar file (.ics) and the QR code to show at the door are attached."),
    CHANGED_SUBJECT("【変更】%s", "Changed: %s"),
    CHANGED_LEAD("%1$s 様\n\nお申し込みの「%2$s」の%3$sが変更されました。最新の内容は次のとおりです。更新したカレンダー用ファイル（.ics）を添付しています。",
            "Dear %1$s,\n\nthe %3$s of \"%2$s\", which you registered for, changed. This is how it stands now; an updated"
                    + " calendar file (.ics) is attached."),
    CHANGE_TIME("日時", "date and time"),
    CHANGE_VENUE("会場", "venue"),
    CHANGE_ONLINE("オンライン参加用リンク", "online link"),
    CHANGE_SEPARATOR("・", ", "),
    CANCELLED_SUBJECT("【中止】%s", "Cancelled: %s"),
    CANCELLED_LEAD("%s 様\n\nお申し込みの「%s」は中止となりました。ご迷惑をおかけし申し訳ありません。",
            "Dear %s,\n\nwe are sorry: \"%s\", which you registered for, is cancelled."),
    WITHDRAWN_SUBJECT("【申込取消】%s", "Registration cancelled: %s"),
    WITHDRAWN_LEAD("%s 様\n\n所属機関がネットワークを退会したため、「%s」へのお申し込みを取り消しました。",
            "Dear %s,\n\nyour organization has left the network, so your registration for \"%s\" is cancelled."),
    REMINDER_SUBJECT("【リマインダー】%s", "Reminder: %s"),
    REMINDER_LEAD("%s 様\n\nお申し込みの「%s」の開催が近づきました。ご参加をお待ちしています。",
            "Dear %s,\n\n\"%s\", which you registered for, is coming up soon. We look forward to seeing you."),
    MESSAGE_SUBJECT("【%s】%s", "[%s] %s"),
    MESSAGE_LEAD("「%s」の主催者からのお知らせです。", "A message from the organisers of \"%s\"."),
    WHEN("日時: %s", "When: %s"),
    WHERE("会場: %s", "Where: %s"),
    ONLINE("オンライン: %s", "Online: %s"),
    DETAILS("詳細: %s", "Details: %s"),
    CONTACT("お問い合わせ: %s <%s>", "Contact: %s <%s>"),
    OWN_PAGE("お申し込みの確認・取消: %s", "See or cancel your registration: %s");

    private final String ja;
    private final String en;

    MailText(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    /**
     * @param locale the reader's language
     * @param args   values for the placeholders
     * @return the text in Japanese, or in English for every other language
     */
    String in(Locale locale, Object... args) {
        return String.format(Locale.ROOT, japanese(locale) ? ja : en, args);
    }

    static boolean japanese(Locale locale) {
        return Locale.JAPANESE.getLanguage().equals(locale.getLanguage());
    }
}
