package jp.innovationnet.portal.plugin.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * What a core service recorded of a plugin's calls, kept as the portal keeps it: what the plugin did during a request
 * counts only once the request's transaction commits, and is dropped when it rolls back.
 *
 * @param <T> what is recorded
 */
public final class Recorded<T> {

    private final List<T> committed = new ArrayList<>();
    private final List<T> pending = new ArrayList<>();
    private boolean inCall;

    /** @return what counts so far, in order */
    public List<T> all() {
        return List.copyOf(committed);
    }

    /** @return the last that counts @throws IllegalStateException when there is none */
    public T last() {
        if (committed.isEmpty()) {
            throw new IllegalStateException("nothing recorded");
        }
        return committed.getLast();
    }

    /** Forgets everything recorded, e.g. between the steps of a test. */
    public void clear() {
        committed.clear();
    }

    void add(T item) {
        (inCall ? pending : committed).add(item);
    }

    /** @param item what counts at once, whatever becomes of the call (a mail sent once by key) */
    void addAtOnce(T item) {
        committed.add(item);
    }

    void begin() {
        inCall = true;
    }

    void end(boolean commit) {
        if (commit) {
            committed.addAll(pending);
        }
        pending.clear();
        inCall = false;
    }
}
