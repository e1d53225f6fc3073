/**
 * The coordinators' exchange in figures for the secretariat and the steering agencies: help requests by region and
 * field, the time to a first offer, how requests ended, dispatches approved, cases published and answers accepted.
 */
package jp.innovationnet.portal.plugins.coordinators.figures;
