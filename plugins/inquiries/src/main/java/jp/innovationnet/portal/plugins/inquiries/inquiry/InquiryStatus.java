package jp.innovationnet.portal.plugins.inquiries.inquiry;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** Where an inquiry stands: new → routed → in-progress → answered → closed; a new message reopens it. */
public enum InquiryStatus implements Coded {
    NEW, ROUTED, IN_PROGRESS, ANSWERED, CLOSED;

    /** @return whether the case is still being worked (not answered, not closed) */
    public boolean open() {
        return this == NEW || this == ROUTED || this == IN_PROGRESS;
    }
}
