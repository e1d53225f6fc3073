package jp.innovationnet.portal.it.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Closes the run's shared spare server ({@link SpareServer#shared}) when the test run ends. */
public class SpareServerSession implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        SpareServer.closeShared();
    }
}
