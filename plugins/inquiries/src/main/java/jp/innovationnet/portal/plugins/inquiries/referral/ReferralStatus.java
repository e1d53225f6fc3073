package jp.innovationnet.portal.plugins.inquiries.referral;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/**
 * Where one receiving organization stands with an inquiry: received → accepted → answered; or referred (passed on)
 * or handed-back (returned to the secretariat).
 */
public enum ReferralStatus implements Coded {
    RECEIVED, ACCEPTED, ANSWERED, REFERRED, HANDED_BACK;

    /** @return whether the organization still holds the case (may reply, note, refer onward, hand back) */
    public boolean active() {
        return this == RECEIVED || this == ACCEPTED || this == ANSWERED;
    }
}
