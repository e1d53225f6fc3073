package jp.innovationnet.portal.plugin.host.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.innovationnet.portal.plugin.api.http.Caller;

/**
 * The call into a plugin that the current thread is making: which plugin, for whom, and what core writes
 * (audit entries, notifications) wait for the plugin's transaction to commit.
 */
public final class PluginCall {

    private static final ThreadLocal<PluginCall> CURRENT = new ThreadLocal<>();

    private final String pluginId;
    private final Caller caller;
    private final List<Runnable> afterCommit = new ArrayList<>();

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
}
