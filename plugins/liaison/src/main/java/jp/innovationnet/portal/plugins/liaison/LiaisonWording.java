package jp.innovationnet.portal.plugins.liaison;

import java.util.Arrays;
import java.util.Locale;

import jp.innovationnet.portal.plugin.api.kit.Coded;

import jp.innovationnet.portal.plugin.api.kit.Wording;
import jp.innovationnet.portal.plugin.api.service.Notifications;

/** What the liaison plugin says, in {@code messages_ja.properties} and {@code messages_en.properties} beside it. */
public enum LiaisonWording implements Wording {
    /** The caller acts for no organization, and only an organization can be an intermediary. */
    NO_ORGANIZATION,
    /** A country code that ISO 3166-1 does not know. */
    UNKNOWN_COUNTRY,
    /** A one-line text with a line break, an HTML tag or a script. */
    NO_MARKUP,
    /** The same value twice in a list. */
    TWICE,
    /** An expiry on or before the day of publication. */
    EXPIRES_NOT_AFTER_PUBLICATION,
    /** An expiry too far ahead ({0}: months). */
    EXPIRES_TOO_LATE,
    /** A deadline already past. */
    DEADLINE_PASSED,
    /** A deadline after the expiry. */
    DEADLINE_AFTER_EXPIRY,
    /** Editing an opportunity under review or published. */
    NOT_EDITABLE,
    /** A step the opportunity's status does not allow ({0}: the status). */
    WRONG_STATUS,
    /** An expression of interest on one's own organization's opportunity. */
    OWN_OPPORTUNITY,
    /** An expression of interest on an opportunity that is not published (any more). */
    NOT_PUBLISHED,
    /** A second open expression of interest by the same person. */
    ALREADY_INTERESTED,
    /** A step of the pipeline out of order ({0}: where it is). */
    STEP_OUT_OF_ORDER,
    /** A follow that names nothing to follow. */
    NOTHING_TO_FOLLOW,
    /** Mail: the renewal reminder's subject ({0}: summary). */
    REMINDER_SUBJECT,
    /** Mail: the renewal reminder ({0}: summary, {1}: expiry, {2}: link). */
    REMINDER_BODY,
    /** Notification: expired ({0}: summary). */
    EXPIRED_SUBJECT,
    /** Notification: expired ({0}: summary, {1}: expiry). */
    EXPIRED_BODY,
    /** Notification: reviewed ({0}: summary, {1}: the status). */
    REVIEWED_SUBJECT,
    /** Notification: reviewed ({0}: summary, {1}: the status, {2}: comment). */
    REVIEWED_BODY,
    /** Notification: submitted for review ({0}: summary). */
    SUBMITTED_SUBJECT,
    /** Notification: submitted for review ({0}: summary, {1}: the intermediary). */
    SUBMITTED_BODY,
    /** Mail and notification: an expression of interest arrived ({0}: summary). */
    INTEREST_SUBJECT,
    /** Mail and notification: an expression of interest arrived ({0}: summary, {1}: who, {2}: link). */
    INTEREST_BODY,
    /** Mail and notification: a step of the pipeline ({0}: summary, {1}: the step). */
    STEP_SUBJECT,
    /** Mail and notification: a step of the pipeline ({0}: summary, {1}: the step, {2}: note, {3}: link). */
    STEP_BODY,
    /** Mail: new opportunities matching a follow ({0}: how many). */
    MATCHES_SUBJECT,
    /** Mail: new opportunities matching a follow ({0}: the list, {1}: link). */
    MATCHES_BODY,
    /** The CSV's columns: figure. */
    CSV_FIGURE,
    /** The CSV's columns: item. */
    CSV_ITEM,
    /** The CSV's columns: count. */
    CSV_COUNT;

    /**
     * @param subject the subject's wording
     * @param body    the body's wording
     * @param link    the portal's path the notification opens
     * @param args    the arguments of both; a closed list's value is written as its label in each language
     * @return a notification in both languages
     */
    public static Notifications.Message message(LiaisonWording subject, LiaisonWording body, String link,
                                                Object... args) {
        Object[] ja = labelled(args, Locale.JAPANESE);
        Object[] en = labelled(args, Locale.ENGLISH);
        return new Notifications.Message(subject.in(Locale.JAPANESE, ja), subject.in(Locale.ENGLISH, en),
                body.in(Locale.JAPANESE, ja), body.in(Locale.ENGLISH, en), link);
    }

    /** @return the arguments with each closed list's value as its label in the language */
    public static Object[] labelled(Object[] args, Locale locale) {
        return Arrays.stream(args).map(a -> a instanceof Coded c ? c.label(locale) : a).toArray();
    }
}
