/** REST: the secretariat imports the registry from CSV (dry run and real run) and exports it to CSV. */
package jp.innovationnet.portal.interfaces.rest.registry;
