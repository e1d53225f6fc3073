/** The core's database: schema migrations applied at start-up, before anything reads or writes. */
package jp.innovationnet.portal.infrastructure.persistence;
