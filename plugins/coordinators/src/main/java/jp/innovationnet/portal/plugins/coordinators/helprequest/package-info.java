/**
 * Help requests and dispatch (派遣) among coordinators: a need posted with its region, fields and deadline, the
 * best-matched available experts notified, offers of help, the ones the requester accepts and their shared thread,
 * the dispatch of a visit or lecture with the secretariat's approval and its report, and the expiry of requests
 * nobody was accepted for.
 */
package jp.innovationnet.portal.plugins.coordinators.helprequest;
