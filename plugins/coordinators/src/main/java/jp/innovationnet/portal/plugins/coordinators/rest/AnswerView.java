package jp.innovationnet.portal.plugins.coordinators.rest;

import java.time.Instant;

import jp.innovationnet.portal.plugin.api.kit.SafeMarkdown;
import jp.innovationnet.portal.plugins.coordinators.question.Answer;

/**
 * An answer as its readers see it.
 *
 * @param id         its id
 * @param authorName who wrote it
 * @param body       what it says, as written
 * @param bodyHtml   what it says, Markdown as safe HTML
 * @param score      the sum of its votes
 * @param myVote     the reader's vote on it: 1, -1 or 0
 * @param accepted   whether the asker accepted it
 * @param mine       whether the reader wrote it (and may not vote on it)
 * @param createdAt  when it was written
 */
public record AnswerView(long id, String authorName, String body, String bodyHtml, int score, int myVote,
                         boolean accepted, boolean mine, Instant createdAt) {

    /**
     * @param answer   the answer
     * @param myVote   the reader's vote on it, 0 for none
     * @param accepted whether it is the accepted one
     * @param mine     whether the reader wrote it
     * @param markdown the portal's Markdown policy
     * @return its view
     */
    static AnswerView of(Answer answer, int myVote, boolean accepted, boolean mine, SafeMarkdown markdown) {
        return new AnswerView(answer.id(), answer.authorName(), answer.body(), markdown.toHtml(answer.body()),
                answer.score(), myVote, accepted, mine, answer.createdAt());
    }
}
