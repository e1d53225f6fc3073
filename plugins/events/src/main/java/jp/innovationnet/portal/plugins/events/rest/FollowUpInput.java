package jp.innovationnet.portal.plugins.events.rest;

/**
 * A participant's answers to the follow-up form, checked by {@link FollowUpInputParser}.
 *
 * @param satisfaction   1 (not satisfied) to 5 (very satisfied)
 * @param newContacts    how many new contacts they made, 0 to 999
 * @param followUpWanted whether they want a follow-up
 * @param followUpWith   with whom (an organization, a person, a topic); required when a follow-up is wanted
 * @param comment        a comment, plain text
 */
public record FollowUpInput(Integer satisfaction, Integer newContacts, Boolean followUpWanted, String followUpWith,
                            String comment) {
}
