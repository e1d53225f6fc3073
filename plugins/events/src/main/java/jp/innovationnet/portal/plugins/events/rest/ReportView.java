package jp.innovationnet.portal.plugins.events.rest;

import java.util.List;

import jp.innovationnet.portal.plugins.events.report.EventReport;

/**
 * An event's report as the API shows it to its organisers.
 *
 * @param event          the event: id and title
 * @param counts         registrations by status, and check-ins
 * @param byOrganization confirmed registrants and check-ins by organization (organizationId null: none)
 * @param byRegion       the same by the organizations' regions (region null: unknown)
 * @param followUp       the follow-up figures
 */
public record ReportView(FollowUpView.EventRef event, EventReport.Counts counts, List<Organization> byOrganization,
                         List<Region> byRegion, FollowUp followUp) {

    /**
     * @param organizationId its id; null for registrants without one
     * @param nameJa         its name in Japanese, from the member directory
     * @param nameEn         its name in English
     * @param registered     confirmed registrants
     * @param checkedIn      checked in
     */
    public record Organization(String organizationId, String nameJa, String nameEn, long registered,
                               long checkedIn) {
    }

    /**
     * @param region     the region (English name as the directory stores it); null when unknown
     * @param label      the region in the reader's language
     * @param registered confirmed registrants
     * @param checkedIn  checked in
     */
    public record Region(String region, String label, long registered, long checkedIn) {
    }

    /**
     * @param answers             forms answered
     * @param satisfactionAverage average satisfaction, 1 to 5; null without answers
     * @param newContacts         new contacts made, in all
     * @param followUpsWanted     how many want a follow-up
     */
    public record FollowUp(long answers, Double satisfactionAverage, long newContacts, long followUpsWanted) {
    }
}
