/**
 * REST for membership: the registry of organizations, public applications and their review, officers. Request
 * bodies are checked field by field ({@link jp.innovationnet.portal.interfaces.rest.membership.FieldErrors}); bad
 * input gets a 400 problem naming every bad field.
 */
package jp.innovationnet.portal.interfaces.rest.membership;
