/**
 * Coordinators' profiles: one per person (whichever members they work for), bilingual, in parts that each have their
 * own audience, kept with their search terms.
 */
package jp.innovationnet.portal.plugins.coordinators.profile;
