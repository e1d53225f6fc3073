package jp.innovationnet.portal.plugins.inquiries.faq;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** Whether an FAQ entry is shown to everybody: drafts are seen by the secretariat only, and never suggested. */
public enum FaqStatus implements Coded {
    DRAFT, PUBLISHED
}
