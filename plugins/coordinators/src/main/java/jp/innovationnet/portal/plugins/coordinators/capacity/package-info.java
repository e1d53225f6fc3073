/**
 * Capacity building (人材育成): the certificates coordinators hold (incubation manager, SME consultant...), checked
 * by the secretariat, and the mentoring pairs the secretariat forms between experienced and new coordinators. The
 * trainings they attended come from the portal's activity log (the events plugin's coordinator trainings).
 */
package jp.innovationnet.portal.plugins.coordinators.capacity;
