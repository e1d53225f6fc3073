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
    PAIR_RUNNING,
    /** A prefecture outside the request's region. */
    NOT_IN_REGION,
    /** A day before today. */
    IN_THE_PAST,
    /** A last day before the first. */
    BEFORE_FIRST_DAY,
    /** Advice carries no dispatch. */
    NO_DISPATCH_FOR_ADVICE,
    /** A visit or lecture needs its dispatch's plan. */
    DISPATCH_NEEDED,
    /** No active member organization of the directory. */
    NOT_A_MEMBER,
    /** Only the request's requester may do this. */
    NOT_REQUESTER,
    /** Nobody offers help on their own request. */
    OWN_REQUEST,
    /** Only the requester, the helpers accepted and the secretariat take part in the thread. */
    NOT_PARTICIPANT,
    /** Only the offer's helper may withdraw it. */
    NOT_HELPER,
    /** The request is closed. */
    REQUEST_CLOSED,
    /** One offer per person and request. */
    ALREADY_OFFERED,
    /** The offer is not on offer on this request. */
    NOT_ON_OFFER,
    /** No offer is accepted yet. */
    NOT_MATCHED,
    /** A visit or lecture is closed by its report, advice by its requester. */
    WRONG_KIND,
    /** The dispatch awaits no decision. */
    NOT_PENDING,
    /** The dispatch is not approved. */
    NOT_APPROVED,
    /** {0}: the visit's last day, before which no report. */
    BEFORE_LAST_DAY,
    /** A rejection needs its reason. */
    REASON_NEEDED
}
