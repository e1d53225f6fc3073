package jp.innovationnet.portal.directory;

import java.util.List;
import java.util.Optional;

/**
 * One page of a directory search.
 *
 * @param total how many entries match, on all pages
 * @param items the page's entries as JSON objects, in the view asked for
 * @param next  where the next page starts; empty on the last page
 */
public record DirectoryPage(long total, List<String> items, Optional<DirectoryCursor> next) {

    public DirectoryPage {
        items = List.copyOf(items);
    }
}
