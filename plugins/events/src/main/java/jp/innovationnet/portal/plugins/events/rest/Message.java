package jp.innovationnet.portal.plugins.events.rest;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jp.innovationnet.portal.plugin.api.kit.Wording;

/**
 * What the plugin tells people about bad input and refused actions, and the words of its CSV files: texts in
 * {@code messages_ja.properties} and {@code messages_en.properties} beside it. What every plugin says about input
 * ({@code REQUIRED}, {@code TOO_LONG}, {@code ONE_OF}...) is the kit's
 * {@link jp.innovationnet.portal.plugin.api.kit.KitWording}.
 */
enum Message implements Wording {
    NOT_A_MONTH,
    NOT_A_ZONE,
    END_BEFORE_START,
    PLACE_NEEDED,
    CAPACITY_BELOW_CONFIRMED,
    CLOSES_AFTER_END,
    OPENS_AFTER_CLOSE,
    FOLLOW_UP_NOT_YET,
    FOLLOW_UP_CLOSED,
    FOLLOW_UP_NOT_HELD,
    NO_ORGANIZATION_LABEL,
    NO_REGION_LABEL,
    FOLLOW_UP_NOT_CONFIRMED,
    REGISTRATION_NOT_OPEN,
    REGISTRATION_CLOSED,
    NOT_PUBLISHED,
    STATE_REFUSED,
    NOT_ORGANISER,
    NO_ORGANIZATION,
    OTHER_ORGANISER,
    OPTIONS_NEEDED,
    OPTIONS_ONLY_FOR_CHOICE,
    QUESTION_UNKNOWN_ID,
    QUESTION_TYPE_ANSWERED,
    QUESTION_OPTIONS_ANSWERED,
    UNKNOWN_QUESTION,
    NOT_AN_OPTION,
    NOT_YES_NO,
    ALREADY_REGISTERED,
    NOT_PENDING,
    NOT_CONFIRMED,
    CODE_OR_REGISTRATION,
    LOGIN_NEEDED,
    CALENDAR_FEED_NAME,
    CSV_SECTION,
    CSV_CODE,
    CSV_NAME,
    CSV_COUNT,
    CSV_CHECKED_IN,
    CSV_TOTAL,
    CSV_EVENTS,
    CSV_REGISTRATIONS,
    CSV_ATTENDANCE,
    CSV_FOLLOW_UP_ANSWERS,
    CSV_SATISFACTION,
    CSV_REGISTERED,
    CSV_NEW_CONTACTS,
    CSV_FOLLOW_UPS_WANTED;

    /**
     * @param locale   the reader's language
     * @param messages messages without placeholders, such as a CSV file's column names
     * @return their texts, in order
     */
    static List<String> all(Locale locale, Message... messages) {
        return Stream.of(messages).map(m -> m.in(locale)).toList();
    }
}
