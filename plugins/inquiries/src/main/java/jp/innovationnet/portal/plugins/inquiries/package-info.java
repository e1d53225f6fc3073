/**
 * The one-stop inquiry desk (会員ワンストップ窓口): a member, a company or anyone asks once; the secretariat routes
 * the question to the steering agencies, member organizations or coordinators who can help, and the case is worked
 * to an answer within service levels counted in Japanese business days.
 * {@link jp.innovationnet.portal.plugins.inquiries.InquiriesPlugin} wires the packages below into the portal.
 */
package jp.innovationnet.portal.plugins.inquiries;
