package jp.innovationnet.portal.directory;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a page ends: the sort key and alias of its last entry, for the order it was read in. The next page starts
 * after it (keyset paging): no offset is counted, and entries added or removed meanwhile do not shift pages.
 * Written as an opaque URL-safe token.
 *
 * @param sort    the order the page was read in
 * @param sortKey the last entry's sort key (hex)
 * @param id      the last entry's alias
 */
public record DirectoryCursor(DirectorySort sort, String sortKey, String id) {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{0,2000}");
    private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,64}");

    /** @return the token */
    public String token() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                (sort.code() + "~" + sortKey + "~" + id).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * @param token a token from {@link #token()}
     * @return the cursor, or empty when the token is not one
     */
    public static Optional<DirectoryCursor> parse(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII).split("~", -1);
            if (parts.length != 3 || !KEY.matcher(parts[1]).matches() || !ID.matcher(parts[2]).matches()) {
                return Optional.empty();
            }
            return DirectorySort.parse(parts[0]).map(sort -> new DirectoryCursor(sort, parts[1], parts[2]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
