package jp.innovationnet.portal.plugins.events.rest;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** Whom the organisers' message goes to. */
public enum MessageRecipients implements Coded {
    /** The confirmed registrants. */
    CONFIRMED,
    /** Every open registration: also those on the waiting list. */
    ALL
}
