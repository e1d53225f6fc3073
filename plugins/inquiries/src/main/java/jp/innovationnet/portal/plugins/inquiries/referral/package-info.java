/** Where an inquiry was routed, what each receiving organization did with it, and who may see it. */
package jp.innovationnet.portal.plugins.inquiries.referral;
