package jp.innovationnet.portal.plugin.api.kit;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as every plugin answers a list: the items, where the page starts, how many it may hold and how
 * many there are in all. The browser kit's tables page with exactly these properties.
 *
 * @param items  the page's items
 * @param offset how many were skipped
 * @param limit  how many the page may hold
 * @param total  how many there are in all
 * @param <T>    the items' type
 */
public record Page<T>(List<T> items, int offset, int limit, long total) {

    /** Copies the items. */
    public Page {
        items = List.copyOf(items);
    }

    /**
     * @param items   the page's items
     * @param request the page asked for
     * @param total   how many there are in all
     * @param <T>     the items' type
     * @return the page
     */
    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(items, request.offset(), request.limit(), total);
    }

    /**
     * @param view turns an item into what the API writes
     * @param <V>  the view's type
     * @return the same page of views
     */
    public <V> Page<V> map(Function<? super T, ? extends V> view) {
        return new Page<>(items.stream().<V>map(view).toList(), offset, limit, total);
    }
}
