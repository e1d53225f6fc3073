package jp.innovationnet.portal.plugin.host.services;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jp.innovationnet.portal.activity.ActivityRecords;
import jp.innovationnet.portal.plugin.api.activity.Activity;
import jp.innovationnet.portal.plugin.api.activity.ActivityCount;
import jp.innovationnet.portal.plugin.api.activity.ActivityKind;
import jp.innovationnet.portal.plugin.api.activity.ActivityLog;
import jp.innovationnet.portal.plugin.api.activity.ActivityMatch;
import jp.innovationnet.portal.plugin.api.activity.ActivityReport;

/**
 * The activity log as one plugin sees it: its reports and withdrawals are written under its id once its call commits;
 * reads see every plugin's reports.
 */
final class PluginActivityLog implements ActivityLog {

    private final String pluginId;
    private final ActivityRecords records;

    /**
     * @param pluginId the plugin whose reports these are
     * @param records  the core's store
     */
    PluginActivityLog(String pluginId, ActivityRecords records) {
        this.pluginId = pluginId;
        this.records = records;
    }

    @Override
    public void report(ActivityReport report) {
        Objects.requireNonNull(report, "report");
        PluginCoreServices.afterCommit(() -> records.put(pluginId, report));
    }

    @Override
    public void withdraw(String key) {
        Objects.requireNonNull(key, "key");
        PluginCoreServices.afterCommit(() -> records.remove(pluginId, key));
    }

    @Override
    public List<Activity> of(String personId, Set<ActivityKind> kinds, int limit) {
        if (limit < 1 || limit > LIMIT_MAX) {
            throw new IllegalArgumentException("limit is 1 to " + LIMIT_MAX + ": " + limit);
        }
        return records.of(personId, kinds, limit);
    }

    @Override
    public Map<String, List<ActivityCount>> summaries(Collection<String> personIds) {
        return records.summaries(personIds);
    }

    @Override
    public Map<String, Integer> matching(ActivityMatch match) {
        return records.matching(match);
    }
}
