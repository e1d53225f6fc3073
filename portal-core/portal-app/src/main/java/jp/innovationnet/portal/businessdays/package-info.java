/** The network's business days in Japan as the portal offers them: to plugins and to screens. */
package jp.innovationnet.portal.businessdays;
