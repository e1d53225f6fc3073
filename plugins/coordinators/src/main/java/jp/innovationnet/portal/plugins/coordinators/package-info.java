/**
 * The coordinators plugin: profiles ({@code profile}), the expert finder's and the case search's terms
 * ({@code search}, {@code text}), the case knowledge base ({@code supportcase}), the closed lists of expertise
 * ({@code expertise}), who may read what ({@code audience}) and the routes ({@code rest}).
 */
package jp.innovationnet.portal.plugins.coordinators;
