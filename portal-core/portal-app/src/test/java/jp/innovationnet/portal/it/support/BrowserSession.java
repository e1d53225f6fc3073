package jp.innovationnet.portal.it.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Quits the browsers that {@link Chromium} kept for later tests when the test run ends. */
public class BrowserSession implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        Chromium.quitIdle();
    }
}
