/**
 * The coordinator exchange and the portal's activity log (contract 1.5): what it reports of its people (accepted
 * answers, published cases) so that other plugins may read it, as it reads theirs for a coordinator's expertise.
 */
package jp.innovationnet.portal.plugins.coordinators.activity;
