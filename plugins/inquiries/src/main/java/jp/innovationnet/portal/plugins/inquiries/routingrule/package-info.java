/**
 * The secretariat's routing rules: which organizations an inquiry of a topic and/or region is suggested to go to.
 * {@link jp.innovationnet.portal.plugins.inquiries.routingrule.RoutingRules} keeps them,
 * {@link jp.innovationnet.portal.plugins.inquiries.routingrule.RoutingSuggestion} picks the most specific.
 */
package jp.innovationnet.portal.plugins.inquiries.routingrule;
