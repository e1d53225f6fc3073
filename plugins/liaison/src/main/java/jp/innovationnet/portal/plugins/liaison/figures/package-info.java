/** The liaison desk's figures for the secretariat and the steering agencies. */
package jp.innovationnet.portal.plugins.liaison.figures;
