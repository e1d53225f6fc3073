package jp.innovationnet.portal.plugins.coordinators.rest;

import jp.innovationnet.portal.plugins.coordinators.search.Hit;

/**
 * A coordinator found: who, how well they matched, and the expertise the reader may read (null when they may not).
 *
 * @param userId    whose profile
 * @param name      their name
 * @param score     how many searched terms matched, in the profile and in their published cases
 * @param expertise their expertise as the reader may read it
 */
public record ExpertView(String userId, String name, long score, ProfileView.Expertise expertise) {

    /**
     * @param hit     what the search found
     * @param profile the profile as the reader may read it
     * @return the list item
     */
    static ExpertView of(Hit hit, ProfileView profile) {
        return new ExpertView(profile.userId(), profile.name(), hit.score(), profile.expertise());
    }
}
