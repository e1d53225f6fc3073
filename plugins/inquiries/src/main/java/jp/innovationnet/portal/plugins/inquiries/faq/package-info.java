/**
 * The desk's FAQ: entries in Japanese and English written by the secretariat (often from a resolved inquiry,
 * anonymised with {@link jp.innovationnet.portal.plugins.inquiries.faq.Anonymiser}), published once complete, read by
 * anyone, and suggested to askers while they type through
 * {@link jp.innovationnet.portal.plugins.inquiries.faq.FaqIndex}, an in-memory Lucene index with Japanese morphological analysis (Kuromoji) and English stemming.
 */
package jp.innovationnet.portal.plugins.inquiries.faq;
