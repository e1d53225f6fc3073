package jp.innovationnet.portal.businessdays;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import jp.innovationnet.portal.calendar.JapaneseBusinessDays;
import jp.innovationnet.portal.plugin.api.kit.BusinessDays;

/**
 * The portal's one business-day calendar, offered to plugins (contract 1.4) and at {@code /api/public/business-days}.
 * Made on first use: reading Jollyday's holiday configuration is left out of the portal's start.
 */
@ApplicationScoped
public class NetworkBusinessDays {

    /** @return the network's business days in Japan */
    @Produces
    @ApplicationScoped
    BusinessDays businessDays() {
        return new JapaneseBusinessDays();
    }
}
