package jp.innovationnet.portal.plugins.events;

import java.util.Set;

import org.osgi.service.component.annotations.Component;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.PortalPlugin;
import jp.innovationnet.portal.plugin.api.web.NavigationEntry;
import jp.innovationnet.portal.plugins.events.calendar.CalendarFeed;
import jp.innovationnet.portal.plugins.events.event.Event;
import jp.innovationnet.portal.plugins.events.followup.FollowUp;
import jp.innovationnet.portal.plugins.events.followup.FollowUpInvitations;
import jp.innovationnet.portal.plugins.events.question.Question;
import jp.innovationnet.portal.plugins.events.registration.Registration;
import jp.innovationnet.portal.plugins.events.registration.Seats;
import jp.innovationnet.portal.plugins.events.rest.EventsApi;

/**
 * The events plugin as the portal sees it: its entities (tables from db/migration), its routes and its screens
 * (ES modules under web/, each named by a navigation entry).
 */
@Component(service = PortalPlugin.class)
public class EventsPlugin implements PortalPlugin {

    @Override
    public Set<Class<?>> entityClasses() {
        return Set.of(Event.class, Seats.class, Registration.class, Question.class, FollowUp.class,
                CalendarFeed.class);
    }

    @Override
    public void start(PluginContext context) {
        EventsApi.register(context);
        context.addNavigationEntry(new NavigationEntry("organise", "イベント運営", "Organise events", "organise.js",
                Set.of("secretariat", "member-admin", "member-staff"), 320));
        context.schedule("follow-up-invitations", FollowUpInvitations.PERIOD,
                new FollowUpInvitations(context.mail(), context::portalUrl));
    }
}
