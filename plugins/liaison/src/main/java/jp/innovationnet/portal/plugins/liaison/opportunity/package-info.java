/**
 * Partnership opportunities (the aggregate): technology, business, R&amp;D partner search and investment offers and
 * requests, drafted by an intermediary for a company that stays anonymous, reviewed by the secretariat, published
 * until they expire, renewed; each part with its visibility; searched by what the reader may read.
 */
package jp.innovationnet.portal.plugins.liaison.opportunity;
