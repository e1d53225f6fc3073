package jp.innovationnet.portal.plugins.liaison.interest;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** The kind of partnership agreement signed, as the Enterprise Europe Network counts them. */
public enum AgreementKind implements Coded {
    /** Commercial agreement (distribution, manufacturing, sourcing, licence). */
    COMMERCIAL,
    /** Technical cooperation. */
    TECHNICAL,
    /** Research cooperation, e.g. a joint proposal to a call. */
    RESEARCH
}
