package jp.innovationnet.portal.plugins.coordinators.rest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jp.innovationnet.portal.plugin.api.kit.ActivityField;
import jp.innovationnet.portal.plugin.api.kit.Label;
import jp.innovationnet.portal.plugin.api.kit.Prefecture;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugin.api.kit.SafeMarkdown;
import jp.innovationnet.portal.plugin.api.kit.SupportService;
import jp.innovationnet.portal.plugins.coordinators.audience.Audience;
import jp.innovationnet.portal.plugins.coordinators.audience.Viewer;
import jp.innovationnet.portal.plugins.coordinators.expertise.Industry;
import jp.innovationnet.portal.plugins.coordinators.expertise.Language;
import jp.innovationnet.portal.plugins.coordinators.expertise.Programme;
import jp.innovationnet.portal.plugins.coordinators.profile.Profile;
import jp.innovationnet.portal.plugins.coordinators.profile.ProfileContent;
import jp.innovationnet.portal.plugins.coordinators.profile.ProfilePart;

/**
 * A profile as one reader may read it: each part only if its audience includes them (else null), Japanese texts
 * never for the public. Its owner and the secretariat read all of it.
 *
 * @param userId       whose
 * @param name         their name
 * @param editable     whether the reader may edit it
 * @param updatedAt    when it last changed
 * @param expertise    summary, region, fields, services, tags, industries, languages
 * @param background   the background
 * @param programmes   the programmes handled
 * @param availability the availability
 * @param track        their expertise from activity (the activity log), for the network and member staff when they
 *                     may read the expertise; null otherwise
 */
public record ProfileView(String userId, String name, boolean editable, Instant updatedAt, Expertise expertise,
                          Background background, Programmes programmes, Availability availability,
                          TrackRecord track) {

    /**
     * @param audience    who may read it
     * @param summary     one line
     * @param region      the region covered
     * @param prefectures the prefectures covered
     * @param fields      fields of activity
     * @param services    kinds of support
     * @param tags        tags as typed
     * @param industries  industries known
     * @param languages   languages worked in
     */
    public record Expertise(String audience, Bilingual summary, Label region, List<Label> prefectures,
                            List<Label> fields, List<Label> services, List<String> tags,
                            List<Label> industries, List<Label> languages) {
    }

    /** @param audience who may read it @param text the Markdown @param html the Markdown as safe HTML */
    public record Background(String audience, Bilingual text, Bilingual html) {
    }

    /** @param audience who may read it @param items the programmes */
    public record Programmes(String audience, List<Label> items) {
    }

    /**
     * @param audience     who may read it
     * @param helpRequests whether they take help requests
     * @param visits       whether they take visits and lectures
     * @param note         a note
     */
    public record Availability(String audience, boolean helpRequests, boolean visits, Bilingual note) {
    }

    /** @param ja in Japanese (null for the public) @param en in English */
    public record Bilingual(String ja, String en) {
    }

    /**
     * @param profile  a profile
     * @param viewer   who reads it
     * @param markdown the portal's Markdown policy
     * @param track    the coordinator's expertise from activity
     * @return what they may read of it
     */
    public static ProfileView of(Profile profile, Viewer viewer, SafeMarkdown markdown, TrackRecord track) {
        ProfileContent c = profile.content();
        boolean all = viewer.is(profile.userId()) || viewer.secretariat();
        Locale l = viewer.locale();
        Reading reading = new Reading(viewer, all);
        Expertise expertise = reading.sees(c, ProfilePart.EXPERTISE)
                ? new Expertise(c.audienceOf(ProfilePart.EXPERTISE).code(), reading.texts(c.summaryJa(),
                c.summaryEn()), Labels.of(Region.values(), c.region(), l),
                Labels.of(Prefecture.values(), c.prefectures(), l), Labels.of(ActivityField.values(), c.fields(), l),
                Labels.of(SupportService.values(), c.services(), l), c.tags(), Labels.of(Industry.values(),
                c.industries(), l), Labels.of(Language.values(), c.languages(), l)) : null;
        Background background = reading.sees(c, ProfilePart.BACKGROUND) && (c.backgroundJa() != null
                || c.backgroundEn() != null) ? new Background(c.audienceOf(ProfilePart.BACKGROUND).code(),
                reading.texts(c.backgroundJa(), c.backgroundEn()), reading.texts(html(markdown, c.backgroundJa()),
                html(markdown, c.backgroundEn()))) : null;
        Programmes programmes = reading.sees(c, ProfilePart.PROGRAMMES) ? new Programmes(
                c.audienceOf(ProfilePart.PROGRAMMES).code(), Labels.of(Programme.values(), c.programmes(), l)) : null;
        Availability availability = reading.sees(c, ProfilePart.AVAILABILITY) ? new Availability(
                c.audienceOf(ProfilePart.AVAILABILITY).code(), c.helpAvailable(), c.visitsAvailable(),
                reading.texts(c.availabilityJa(), c.availabilityEn())) : null;
        boolean seesTrack = all || expertise != null && !viewer.publicOnly();
        return new ProfileView(profile.userId(), profile.displayName(), all, profile.updatedAt(), expertise,
                background, programmes, availability, seesTrack ? track : null);
    }

    private static String html(SafeMarkdown markdown, String text) {
        return text == null ? null : markdown.toHtml(text);
    }

    /** What one reader may read. */
    private record Reading(Viewer viewer, boolean all) {

        boolean sees(ProfileContent content, ProfilePart part) {
            Audience audience = content.audienceOf(part);
            return all || viewer.sees(audience);
        }

        Bilingual texts(String ja, String en) {
            return new Bilingual(viewer.publicOnly() && !all ? null : ja, en);
        }
    }
}
