package jp.innovationnet.portal.plugins.inquiries.activity;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import jp.innovationnet.portal.plugin.api.activity.ActivityKind;
import jp.innovationnet.portal.plugin.api.activity.ActivityLog;
import jp.innovationnet.portal.plugin.api.activity.ActivityReport;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Inquiry;

/**
 * Tells the activity log that a member of staff answered an inquiry: once per person and inquiry (a later reply
 * replaces the report with its time), with the inquiry's region and the service its topic asks for, never its subject
 * or its asker, which stay confidential to the desk.
 */
public final class InquiryActivity {

    private final ActivityLog log;

    /** @param log the portal's activity log */
    public InquiryActivity(ActivityLog log) {
        this.log = log;
    }

    /**
     * @param inquiry the inquiry answered
     * @param userId  who replied
     * @param now     when
     */
    public void answered(Inquiry inquiry, String userId, Instant now) {
        log.report(ActivityReport.untitled("inquiry-" + inquiry.reference() + ":" + userId, userId,
                ActivityKind.INQUIRY_ANSWERED, now, Optional.of(inquiry.region()), Set.of(),
                inquiry.topic().service().map(Set::of).orElse(Set.of())));
    }
}
