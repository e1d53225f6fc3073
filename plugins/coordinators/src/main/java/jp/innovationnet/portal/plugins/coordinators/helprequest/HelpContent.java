package jp.innovationnet.portal.plugins.coordinators.helprequest;

import java.time.LocalDate;
import java.util.List;

/**
 * What a help request asks, checked: codes of the closed lists, texts stripped, the deadline not past.
 *
 * @param kind        advice, a visit or a lecture
 * @param title       one line
 * @param body        the need, plain text
 * @param region      the region it is in (kit {@code Region} code)
 * @param prefectures prefectures within it (JIS codes)
 * @param fields      fields of activity (kit {@code ActivityField} codes)
 * @param services    kinds of support (kit {@code SupportService} codes)
 * @param tags        free skill tags as typed, no two folding alike
 * @param deadline    the last day for offers (a date in Japan)
 * @param dispatch    the visit or lecture's plan; null for advice
 */
public record HelpContent(HelpKind kind, String title, String body, String region, List<String> prefectures,
                          List<String> fields, List<String> services, List<String> tags, LocalDate deadline,
                          DispatchPlan dispatch) {

    /** Copies the lists; a visit or lecture has its plan, advice none. */
    public HelpContent {
        prefectures = List.copyOf(prefectures);
        fields = List.copyOf(fields);
        services = List.copyOf(services);
        tags = List.copyOf(tags);
        if (kind.dispatches() != (dispatch != null)) {
            throw new IllegalArgumentException("a dispatch plan for visits and lectures only: " + kind);
        }
    }
}
