/**
 * The case knowledge base (支援事例): structured case records with the company anonymised, their workflow (draft,
 * review by another coordinator, published to an audience) and their search terms once published.
 */
package jp.innovationnet.portal.plugins.coordinators.supportcase;
