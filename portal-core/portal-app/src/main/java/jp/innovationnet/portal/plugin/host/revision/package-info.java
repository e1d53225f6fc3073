/**
 * One plugin revision from start to retirement: its bundle, persistence unit, JSON mapper, validator and
 * routes, and the calls into it (requests and core events), each with a transaction and the bundle's class loader.
 */
package jp.innovationnet.portal.plugin.host.revision;
