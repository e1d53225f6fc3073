package jp.innovationnet.portal.plugin.host.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.innovationnet.portal.plugin.api.http.Caller;

/**
 * The call into a plugin that the current thread is making: which plugin, for whom, and what core writes
 * (audit entries, notifications, mails) wait for the plugin's transaction to commit, and what the core gives back
 * when it rolls back instead.
 */
public final class PluginCall {

    private static final ThreadLocal<PluginCall> CURRENT = new ThreadLocal<>();

    private final String pluginId;
    private final Caller caller;
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final List<Runnable> afterRollback = new ArrayList<>();

    private PluginCall(String pluginId, Caller caller) {
        this.pluginId = pluginId;
        this.caller = caller;
    }

    /** @return the call the current thread is making, if any */
    public static Optional<PluginCall> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    static PluginCall begin(String pluginId, Caller caller) {
        PluginCall call = new PluginCall(pluginId, caller);
        CURRENT.set(call);
        return call;
    }

    static void end() {
        CURRENT.remove();
    }

    /** @return the plugin being called */
    public String pluginId() {
        return pluginId;
    }

    /** @return for whom */
    public Caller caller() {
        return caller;
    }

    /** @param action a core write to make once the plugin's transaction has committed */
    public void afterCommit(Runnable action) {
        afterCommit.add(action);
    }

    /** Makes the core writes that waited for the plugin's commit. */
    public void runAfterCommit() {
        afterCommit.forEach(Runnable::run);
    }

    /** @param action what to undo in the core if the plugin's transaction does not commit (e.g. a used form token) */
    public void afterRollback(Runnable action) {
        afterRollback.add(action);
    }

    /** Undoes what waited for a rollback of the plugin's transaction. */
    public void runAfterRollback() {
        afterRollback.forEach(Runnable::run);
    }
}
