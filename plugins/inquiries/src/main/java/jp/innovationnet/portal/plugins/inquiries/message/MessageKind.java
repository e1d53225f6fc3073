package jp.innovationnet.portal.plugins.inquiries.message;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** What a message of the thread is, and so who reads it. */
public enum MessageKind implements Coded {
    /** The asker's first text. */
    QUESTION,
    /** To the asker, from the secretariat or a receiving organization. */
    REPLY,
    /** The asker's later messages. */
    ASKER,
    /** Internal: the secretariat and the receiving organizations only, never the asker. */
    NOTE;

    /** @return whether the asker reads it */
    public boolean askerSees() {
        return this != NOTE;
    }
}
