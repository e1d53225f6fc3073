package jp.innovationnet.portal.plugins.events;

import static java.util.Locale.ENGLISH;
import static java.util.Locale.JAPANESE;

import java.util.Set;

import org.osgi.service.component.annotations.Component;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.PortalPlugin;
import jp.innovationnet.portal.plugin.api.web.NavigationEntry;
import jp.innovationnet.portal.plugin.api.web.PageSection;
import jp.innovationnet.portal.plugins.events.calendar.CalendarFeed;
import jp.innovationnet.portal.plugins.events.event.Event;
import jp.innovationnet.portal.plugins.events.followup.FollowUp;
import jp.innovationnet.portal.plugins.events.followup.FollowUpInvitations;
import jp.innovationnet.portal.plugins.events.notice.Notices;
import jp.innovationnet.portal.plugins.events.notice.Reminders;
import jp.innovationnet.portal.plugins.events.notice.Withdrawals;
import jp.innovationnet.portal.plugins.events.question.Question;
import jp.innovationnet.portal.plugins.events.registration.Registration;
import jp.innovationnet.portal.plugins.events.registration.Seats;
import jp.innovationnet.portal.plugins.events.rest.EventsApi;

/**
 * The events plugin as the portal sees it: its entities (tables from db/migration), its routes, the reminders it
 * mails the day before, what it does when an organization leaves the network, and its screens (the events for
 * everybody, one's own registrations, organising) and the section of an organization's events on its profile.
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
        Notices notices = new Notices(context);
        context.onCoreEvent(new Withdrawals(notices));
        context.schedule("reminders", Reminders.PERIOD, new Reminders(notices));
        context.schedule("follow-up-invitations", FollowUpInvitations.PERIOD,
                new FollowUpInvitations(context.mail(), context::portalUrl));
        context.addNavigationEntry(new NavigationEntry("events", Screens.EVENTS.in(JAPANESE),
                Screens.EVENTS.in(ENGLISH), "events.js", Set.of(NavigationEntry.ANYONE), 40));
        context.addNavigationEntry(new NavigationEntry("my-events", Screens.MY_EVENTS.in(JAPANESE),
                Screens.MY_EVENTS.in(ENGLISH), "my-events.js", Set.of(), 41));
        context.addNavigationEntry(new NavigationEntry("organise", Screens.ORGANISE.in(JAPANESE),
                Screens.ORGANISE.in(ENGLISH), "organise.js", Set.of("secretariat", "member-admin", "member-staff"),
                320));
        context.addPageSection(new PageSection("events", PageSection.ORGANIZATION_PROFILE,
                Screens.PROFILE_EVENTS.in(JAPANESE), Screens.PROFILE_EVENTS.in(ENGLISH), "profile-events.js",
                Set.of(NavigationEntry.ANYONE), 40));
        context.addPageSection(new PageSection("upcoming", PageSection.HOME, Screens.HOME_EVENTS.in(JAPANESE),
                Screens.HOME_EVENTS.in(ENGLISH), "home-events.js", Set.of(), 40));
    }
}
