/** What the inquiry desk reports to the portal's activity log (contract 1.5): the inquiries staff answered. */
package jp.innovationnet.portal.plugins.inquiries.activity;
