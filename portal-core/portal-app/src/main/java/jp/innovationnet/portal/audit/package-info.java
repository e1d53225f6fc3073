/** The append-only audit trail: who changed what, when, from what to what. Nobody edits it. */
package jp.innovationnet.portal.audit;
