package jp.innovationnet.portal.plugins.events.rest;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** The languages a registrant without an account reads the plugin's mails in. */
public enum ReaderLanguage implements Coded {
    JA,
    EN
}
