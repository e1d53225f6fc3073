/**
 * The international liaison plugin (国際交流の窓口), one aggregate per package: {@code opportunity},
 * {@code interest}, {@code follow}; who reads what in {@code reader}; texts in {@code text}; the figures in
 * {@code figures}; the routes in {@code rest}.
 */
package jp.innovationnet.portal.plugins.liaison;
