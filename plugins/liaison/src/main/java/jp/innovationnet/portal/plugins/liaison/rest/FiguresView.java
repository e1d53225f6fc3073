package jp.innovationnet.portal.plugins.liaison.rest;

import java.util.List;

import jp.innovationnet.portal.plugin.api.kit.Label;

/**
 * The liaison desk's figures as the screen shows them (JSON of {@code GET /figures}).
 *
 * @param from          the first day
 * @param to            the last day
 * @param byKind        opportunities published, by kind
 * @param byCountry     the same by country
 * @param interests     expressions of interest
 * @param introductions introductions
 * @param agreements    partnership agreements by kind
 */
public record FiguresView(String from, String to, List<FiguresView.Count> byKind, List<FiguresView.Count> byCountry,
                          long interests, long introductions, List<FiguresView.Count> agreements) {

    /** @param item what is counted @param count how many */
    public record Count(Label item, long count) {
    }
}
