package jp.innovationnet.portal.plugins.coordinators.rest;

import jp.innovationnet.portal.plugins.coordinators.search.Hit;

/**
 * A coordinator found: who, how well they matched, and the expertise the reader may read (null when they may not).
 *
 * @param userId    whose profile
 * @param name      their name
 * @param score     how many searched terms matched, in the profile and in their published cases
 * @param expertise their expertise as the reader may read it
 * @param activity  how many of their reports in the activity log match the search's region, fields and services
 * @param track     their expertise from activity, as far as the reader may read it (else null)
 */
public record ExpertView(String userId, String name, long score, ProfileView.Expertise expertise, int activity,
                         TrackRecord track) {

    /**
     * @param hit      what the search found
     * @param activity how much of their activity matches the search
     * @param profile  the profile as the reader may read it
     * @return the list item
     */
    static ExpertView of(Hit hit, int activity, ProfileView profile) {
        return new ExpertView(profile.userId(), profile.name(), hit.score(), profile.expertise(),
                profile.track() == null ? 0 : activity, profile.track());
    }

    /**
     * @param profile the profile as the reader may read it
     * @return the list item of a list that is no search (an organization's coordinators)
     */
    static ExpertView listed(ProfileView profile) {
        return new ExpertView(profile.userId(), profile.name(), 0, profile.expertise(), 0, profile.track());
    }
}
