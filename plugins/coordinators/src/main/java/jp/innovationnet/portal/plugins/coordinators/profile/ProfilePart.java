package jp.innovationnet.portal.plugins.coordinators.profile;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** The parts of a profile, each with its own audience. */
public enum ProfilePart implements Coded {
    /** Summary, region and prefectures, fields, services, tags, industries, languages. */
    EXPERTISE,
    /** The background, in Markdown. */
    BACKGROUND,
    /** The programmes handled. */
    PROGRAMMES,
    /** Whether they take help requests and visits, and a note. */
    AVAILABILITY
}
