/**
 * The questions an event's organisers ask registrants ({@link jp.innovationnet.portal.plugins.events.question.Question},
 * kept with stable ids through edits by {@link jp.innovationnet.portal.plugins.events.question.Questionnaire}) and
 * the checking of answers ({@link jp.innovationnet.portal.plugins.events.question.Answers}).
 */
package jp.innovationnet.portal.plugins.events.question;
