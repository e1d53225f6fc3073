/** REST: the secretariat reads the audit trail (nobody writes it through the API). */
package jp.innovationnet.portal.interfaces.rest.audit;
