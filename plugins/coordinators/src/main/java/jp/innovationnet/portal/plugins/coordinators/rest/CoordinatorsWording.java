package jp.innovationnet.portal.plugins.coordinators.rest;

import jp.innovationnet.portal.plugin.api.kit.Wording;

/** What the plugin's routes say beyond the kit's words, in {@code messages_*.properties}. */
public enum CoordinatorsWording implements Wording {
    /** {0}: the tag given earlier that folds alike. */
    SAME_TAG,
    /** A part meant for the public needs its English text. */
    ENGLISH_FOR_PUBLIC,
    /** A case meant for the public is written in English. */
    PUBLIC_CASE_IN_ENGLISH,
    /** A text of a case not for the network only names the company. */
    NAMES_THE_COMPANY,
    /** The author named themselves as reviewer. */
    OWN_REVIEW,
    /** The reviewer named is no coordinator. */
    NOT_A_COORDINATOR,
    /** Only the case's author may do this. */
    NOT_AUTHOR,
    /** Only the case's reviewer may do this. */
    NOT_REVIEWER,
    /** Only while the case is a draft. */
    NOT_DRAFT,
    /** Only while the case is in review. */
    NOT_IN_REVIEW
}
