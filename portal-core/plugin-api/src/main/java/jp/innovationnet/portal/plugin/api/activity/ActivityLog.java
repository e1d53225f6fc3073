package jp.innovationnet.portal.plugin.api.activity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The network's record of what people did, kept by the core in its database (so every server of a cluster reads the
 * same) and shared by all plugins (contract 1.5). A plugin reports and withdraws its own reports (keys are its own:
 * two plugins may use the same key); it reads everybody's. Reports and withdrawals made while handling a request or a
 * scheduled task take effect when its transaction commits and are dropped when it rolls back.
 */
@ProviderType
public interface ActivityLog {

    /** The most reports {@link #of} returns. */
    int LIMIT_MAX = 500;

    /**
     * Records that a person did something, or replaces this plugin's earlier report with the same key.
     *
     * @param report the report
     */
    void report(ActivityReport report);

    /**
     * Takes back this plugin's report with this key, e.g. when an event is cancelled; nothing when there is none.
     *
     * @param key the report's key
     */
    void withdraw(String key);

    /**
     * @param personId a person
     * @param kinds    the kinds wanted; empty for all
     * @param limit    how many at most, 1 to {@link #LIMIT_MAX}
     * @return the person's reports of those kinds, from all plugins, newest first
     */
    List<Activity> of(String personId, Set<ActivityKind> kinds, int limit);

    /**
     * @param personIds people, at most 1,000
     * @return each person's reports summed up by kind, service and region, largest count first; people without
     *     reports are left out
     */
    Map<String, List<ActivityCount>> summaries(Collection<String> personIds);

    /**
     * @param match which reports count
     * @return for each person with matching reports, how many there are
     */
    Map<String, Integer> matching(ActivityMatch match);
}
