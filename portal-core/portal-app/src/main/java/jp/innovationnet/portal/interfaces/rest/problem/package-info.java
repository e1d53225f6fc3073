/** RFC 9457 problem details: every error the API answers with, and the mappers that produce them. */
package jp.innovationnet.portal.interfaces.rest.problem;
