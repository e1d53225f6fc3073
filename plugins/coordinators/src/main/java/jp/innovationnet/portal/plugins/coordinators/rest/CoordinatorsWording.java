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
    NOT_IN_REVIEW,
    /** Only the question's asker may accept an answer. */
    NOT_ASKER,
    /** Nobody votes on their own answer. */
    OWN_ANSWER,
    /** A vote is +1 or -1. */
    VOTE_UP_OR_DOWN,
    /** The answer accepted is not one of the question's. */
    NOT_AN_ANSWER_TO_IT,
    /** Only the answer's author or the question's asker turns an answer into a case. */
    NOT_ANSWERER_OR_ASKER,
    /** {0}: how often, {1}: what, e.g. "inquiries answered (14)". */
    TIMES,
    /** A mentor and a mentee are two people. */
    SAME_PERSON,
    /** The two already form a running pair. */
    PAIR_RUNNING
}
