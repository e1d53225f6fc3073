package jp.innovationnet.portal.plugins.events.question;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** The answers to a yes-no question, as the API writes them ({@code yes}, {@code no}) and as people read them. */
public enum YesNo implements Coded {
    YES,
    NO
}
