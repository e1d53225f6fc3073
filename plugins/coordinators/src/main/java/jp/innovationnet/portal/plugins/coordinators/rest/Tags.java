package jp.innovationnet.portal.plugins.coordinators.rest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugins.coordinators.text.TagFolding;

/** Free tags as sent: stripped, and refused when two fold alike ({@code メッキ} and {@code ﾒｯｷ}). */
final class Tags {

    private Tags() {
    }

    /**
     * @param field  the list's field, e.g. {@code tags}
     * @param tags   the tags as sent; may be null
     * @param errors where a tag that repeats another is reported ({@code tags[i]})
     * @return the tags as typed, stripped
     */
    static List<String> checked(String field, List<String> tags, FieldErrors errors) {
        List<String> kept = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; tags != null && i < tags.size(); i++) {
            String tag = tags.get(i).strip();
            String earlier = seen.putIfAbsent(TagFolding.fold(tag), tag);
            if (earlier != null) {
                errors.add(field + "[" + i + "]", CoordinatorsWording.SAME_TAG, earlier);
            } else {
                kept.add(tag);
            }
        }
        return kept;
    }

    /**
     * @param values codes as sent; may be null
     * @return them without repeats, in order
     */
    static List<String> distinct(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).distinct().toList();
    }
}
