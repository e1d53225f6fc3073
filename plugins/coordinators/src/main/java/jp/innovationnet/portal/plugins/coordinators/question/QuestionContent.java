package jp.innovationnet.portal.plugins.coordinators.question;

import java.util.List;

/**
 * What a question asks, checked: codes of the closed lists, texts stripped.
 *
 * @param title    one line
 * @param body     the question itself
 * @param fields   fields of activity it concerns (kit {@code ActivityField} codes)
 * @param services kinds of support it concerns (kit {@code SupportService} codes)
 * @param region   the region it concerns (kit {@code Region} code); null for anywhere
 * @param tags     free tags as typed, no two folding alike
 */
public record QuestionContent(String title, String body, List<String> fields, List<String> services, String region,
                              List<String> tags) {

    /** Copies the lists. */
    public QuestionContent {
        fields = List.copyOf(fields);
        services = List.copyOf(services);
        tags = List.copyOf(tags);
    }
}
