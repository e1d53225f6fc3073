/**
 * Protection of the forms anyone may send without an account (the membership application, the plugins' public
 * forms): signed form tokens, rate limits per client address and overall, configured once for all of them.
 */
package jp.innovationnet.portal.infrastructure.formguard;
