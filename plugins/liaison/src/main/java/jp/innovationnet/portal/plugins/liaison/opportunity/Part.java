package jp.innovationnet.portal.plugins.liaison.opportunity;

import java.util.Locale;

import jp.innovationnet.portal.plugins.liaison.reader.Visibility;

/**
 * The parts of an opportunity that carry their own visibility, each with the one it gets when the writer names none.
 * The summary's is the opportunity's: who cannot read the summary does not know the opportunity exists, and no part
 * reaches further than the summary. The company (name, contact) is no part: it is the intermediary's only, always.
 */
public enum Part {
    /** The summary (and with it kind, fields, countries, expiry, the intermediary). */
    SUMMARY(Visibility.PUBLIC),
    /** The description. */
    DESCRIPTION(Visibility.PARTNERS),
    /** Innovation and advantages. */
    INNOVATION(Visibility.PARTNERS),
    /** The stage of development. */
    STAGE(Visibility.PUBLIC),
    /** The IPR status. */
    IPR(Visibility.PARTNERS),
    /** The partner sought (type and role). */
    PARTNER(Visibility.PUBLIC),
    /** The keywords. */
    KEYWORDS(Visibility.PUBLIC),
    /** The deadline. */
    DEADLINE(Visibility.PUBLIC);

    private final Visibility byDefault;

    Part(Visibility byDefault) {
        this.byDefault = byDefault;
    }

    /** @return the visibility when the writer names none */
    public Visibility byDefault() {
        return byDefault;
    }

    /** @return its name in the API, e.g. {@code "description"} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
