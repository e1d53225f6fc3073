/**
 * Limits on the size of request bodies, read without holding more than the limit in memory:
 * {@link jp.innovationnet.portal.interfaces.rest.body.BodyLimit}, and the filter for resource methods marked
 * {@link jp.innovationnet.portal.interfaces.rest.body.BodySizeLimit}.
 */
package jp.innovationnet.portal.interfaces.rest.body;
