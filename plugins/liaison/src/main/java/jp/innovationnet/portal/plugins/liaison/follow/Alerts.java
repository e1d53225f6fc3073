package jp.innovationnet.portal.plugins.liaison.follow;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.ScheduledTask;
import jp.innovationnet.portal.plugin.api.service.Mail;
import jp.innovationnet.portal.plugin.api.service.Person;
import jp.innovationnet.portal.plugins.liaison.LiaisonWording;
import jp.innovationnet.portal.plugins.liaison.opportunity.Opportunities;
import jp.innovationnet.portal.plugins.liaison.opportunity.Opportunity;
import jp.innovationnet.portal.plugins.liaison.opportunity.Upkeep;

/**
 * Mails each follower the opportunities published (or renewed) since their last alert that match a follow of theirs,
 * one mail per follow and run with their summaries in the follower's language, never the company. A run claims each
 * follow by moving its mark ({@link Follows#claim}), and the mail's key names the follow and the new mark, so no
 * follower hears of an opportunity twice, also with two servers.
 */
public final class Alerts implements ScheduledTask {

    /** The task's name (and its period's setting, {@code schedule.follow-alerts.period-seconds}). */
    public static final String TASK = "follow-alerts";

    private final PluginContext context;
    private final Follows follows;
    private final Opportunities opportunities;
    private final Clock clock;

    /**
     * @param context       the plugin's context (mail, directory)
     * @param follows       the follows
     * @param opportunities the opportunities
     * @param clock         the time
     */
    public Alerts(PluginContext context, Follows follows, Opportunities opportunities, Clock clock) {
        this.context = context;
        this.follows = follows;
        this.opportunities = opportunities;
        this.clock = clock;
    }

    @Override
    public void run(EntityManager em) {
        Instant now = clock.instant();
        for (Follow follow : follows.due(em, now)) {
            List<Opportunity> matches = opportunities.newlyPublished(em, follow.checkedUntil(), now).stream()
                    .filter(follow::matches).toList();
            if (follows.claim(em, follow, now) && !matches.isEmpty()) {
                context.directory().person(follow.userId()).filter(p -> !p.email().isBlank())
                        .ifPresent(person -> mail(person, follow, matches, now));
            }
        }
    }

    private void mail(Person person, Follow follow, List<Opportunity> matches, Instant until) {
        String list = matches.stream().map(o -> "- " + o.content().summary().in(person.language()) + "\n  "
                + context.portalUrl(Upkeep.link(o.id()))).collect(Collectors.joining("\n"));
        context.mail().sendOnce("follow:" + follow.id() + ":" + until.toEpochMilli(), new Mail.Email(person.email(),
                person.language(), LiaisonWording.MATCHES_SUBJECT.in(person.language(), matches.size()),
                LiaisonWording.MATCHES_BODY.in(person.language(), list,
                        context.portalUrl("/p/liaison/opportunities")), null));
    }
}
