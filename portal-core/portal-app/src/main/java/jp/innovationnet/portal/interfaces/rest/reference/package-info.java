/** {@code /api/public/reference}: the closed lists the portal's forms and filters offer, with labels in both languages. */
package jp.innovationnet.portal.interfaces.rest.reference;
