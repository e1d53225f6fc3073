/**
 * Expressions of interest (the aggregate): who is interested in an opportunity, with which capability and why, and
 * the pipeline the intermediary runs from there: introduced or declined, meeting, negotiation, partnership agreement.
 */
package jp.innovationnet.portal.plugins.liaison.interest;
