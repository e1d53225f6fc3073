/**
 * After the event: the follow-up form of each confirmed registrant (satisfaction, new contacts, follow-up wanted),
 * open from the event's end for {@link jp.innovationnet.portal.plugins.events.followup.FollowUpWindow#EDITABLE},
 * and the scheduled invitation to it by e-mail.
 */
package jp.innovationnet.portal.plugins.events.followup;
