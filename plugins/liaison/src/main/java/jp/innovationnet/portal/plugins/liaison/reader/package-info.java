/** Readers and the visibility of an opportunity's parts: public, partners, network, intermediary only. */
package jp.innovationnet.portal.plugins.liaison.reader;
