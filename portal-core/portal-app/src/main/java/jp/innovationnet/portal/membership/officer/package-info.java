/** Officers (役員): who holds which office of the network, for which term, and who held it before. */
package jp.innovationnet.portal.membership.officer;
