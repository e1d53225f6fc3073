/** REST: {@code /api/officers}, who holds which office of the network, and the secretariat's appointments. */
package jp.innovationnet.portal.interfaces.rest.membership.officer;
