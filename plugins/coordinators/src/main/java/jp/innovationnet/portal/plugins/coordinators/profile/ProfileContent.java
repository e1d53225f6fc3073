package jp.innovationnet.portal.plugins.coordinators.profile;

import java.util.List;
import java.util.Map;

import jp.innovationnet.portal.plugins.coordinators.audience.Audience;

/**
 * What a profile says, checked: codes of the closed lists, texts stripped (empty ones as null), each part's audience.
 *
 * @param summaryJa       one line in Japanese
 * @param summaryEn       one line in English; null for none
 * @param region          the region covered (kit {@code Region} code)
 * @param prefectures     the prefectures covered (JIS codes)
 * @param fields          fields of activity
 * @param services        kinds of support
 * @param tags            free skill tags as typed, no two folding alike
 * @param industries      industries known
 * @param languages       languages worked in
 * @param backgroundJa    background in Markdown, Japanese; null for none
 * @param backgroundEn    background in Markdown, English; null for none
 * @param programmes      programmes handled
 * @param helpAvailable   whether they take help requests from other regions
 * @param visitsAvailable whether they take visit and lecture requests
 * @param availabilityJa  a note on availability, Japanese; null for none
 * @param availabilityEn  a note on availability, English; null for none
 * @param audiences       who may read each part
 */
public record ProfileContent(String summaryJa, String summaryEn, String region, List<String> prefectures,
                             List<String> fields, List<String> services, List<String> tags, List<String> industries,
                             List<String> languages, String backgroundJa, String backgroundEn,
                             List<String> programmes, boolean helpAvailable, boolean visitsAvailable,
                             String availabilityJa, String availabilityEn, Map<ProfilePart, Audience> audiences) {

    /** Copies the lists; every part has an audience. */
    public ProfileContent {
        prefectures = List.copyOf(prefectures);
        fields = List.copyOf(fields);
        services = List.copyOf(services);
        tags = List.copyOf(tags);
        industries = List.copyOf(industries);
        languages = List.copyOf(languages);
        programmes = List.copyOf(programmes);
        audiences = Map.copyOf(audiences);
        if (audiences.size() != ProfilePart.values().length) {
            throw new IllegalArgumentException("an audience for every part: " + audiences);
        }
    }

    /**
     * @param part a part
     * @return who may read it
     */
    public Audience audienceOf(ProfilePart part) {
        return audiences.get(part);
    }
}
