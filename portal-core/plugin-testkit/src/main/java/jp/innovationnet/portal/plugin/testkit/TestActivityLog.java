package jp.innovationnet.portal.plugin.testkit;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.innovationnet.portal.plugin.api.activity.Activity;
import jp.innovationnet.portal.plugin.api.activity.ActivityCount;
import jp.innovationnet.portal.plugin.api.activity.ActivityKind;
import jp.innovationnet.portal.plugin.api.activity.ActivityLog;
import jp.innovationnet.portal.plugin.api.activity.ActivityMatch;
import jp.innovationnet.portal.plugin.api.activity.ActivityReport;

/**
 * The activity log in a plugin's own tests, in memory: the plugin's reports and withdrawals count once its call
 * commits, as in the portal; a test adds other plugins' reports with {@link #reportAs}.
 */
public final class TestActivityLog implements ActivityLog {

    private final String pluginId;
    private final Recorded<Change> changes = new Recorded<>();

    /** @param pluginId the plugin under test, whose reports these are */
    TestActivityLog(String pluginId) {
        this.pluginId = pluginId;
    }

    @Override
    public void report(ActivityReport report) {
        changes.add(new Change(pluginId, report.key(), report));
    }

    @Override
    public void withdraw(String key) {
        changes.add(new Change(pluginId, key, null));
    }

    /**
     * Adds another plugin's report at once, e.g. the inquiries a person answered at the desk.
     *
     * @param otherPlugin the reporting plugin
     * @param report      its report
     */
    public void reportAs(String otherPlugin, ActivityReport report) {
        changes.addAtOnce(new Change(otherPlugin, report.key(), report));
    }

    /** @return every report that counts now, in the order first reported */
    public List<Activity> all() {
        Map<String, Activity> current = new LinkedHashMap<>();
        for (Change change : changes.all()) {
            String key = change.pluginId() + "\n" + change.key();
            if (change.report() == null) {
                current.remove(key);
            } else {
                current.put(key, new Activity(change.pluginId(), change.report()));
            }
        }
        return List.copyOf(current.values());
    }

    @Override
    public List<Activity> of(String personId, Set<ActivityKind> kinds, int limit) {
        return all().stream().filter(a -> a.report().personId().equals(personId))
                .filter(a -> kinds.isEmpty() || kinds.contains(a.report().kind()))
                .sorted(Comparator.comparing((Activity a) -> a.report().occurredAt()).reversed())
                .limit(limit).toList();
    }

    @Override
    public Map<String, List<ActivityCount>> summaries(Collection<String> personIds) {
        return all().stream().map(Activity::report).filter(r -> personIds.contains(r.personId()))
                .collect(Collectors.groupingBy(ActivityReport::personId,
                        Collectors.collectingAndThen(Collectors.toList(), ActivityCount::of)));
    }

    @Override
    public Map<String, Integer> matching(ActivityMatch match) {
        return all().stream().map(Activity::report).filter(match::test)
                .collect(Collectors.groupingBy(ActivityReport::personId, Collectors.summingInt(r -> 1)));
    }

    void begin() {
        changes.begin();
    }

    void end(boolean commit) {
        changes.end(commit);
    }

    /** A report, or a withdrawal when {@code report} is null. */
    private record Change(String pluginId, String key, ActivityReport report) {
    }
}
