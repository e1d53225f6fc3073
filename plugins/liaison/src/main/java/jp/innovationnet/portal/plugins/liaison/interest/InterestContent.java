package jp.innovationnet.portal.plugins.liaison.interest;

/**
 * What an expression of interest says.
 *
 * @param who        who is interested (the organization or company, as far as they want to say)
 * @param capability which capability they bring
 * @param why        why they are interested
 */
public record InterestContent(String who, String capability, String why) {
}
