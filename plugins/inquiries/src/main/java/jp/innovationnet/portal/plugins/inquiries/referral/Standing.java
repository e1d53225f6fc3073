package jp.innovationnet.portal.plugins.inquiries.referral;

import java.util.List;
import java.util.Optional;

import jp.innovationnet.portal.plugins.inquiries.inquiry.Inquiry;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Viewer;

/**
 * How a viewer stands to one inquiry: the secretariat and the organizations it was routed to (any referral, any
 * status) work it; its asker follows it; everybody else must not learn it exists.
 */
public enum Standing {
    /** The secretariat. */
    SECRETARIAT,
    /** A user of an organization the inquiry was routed to. */
    RECEIVER,
    /** The user who asked. */
    ASKER,
    /** Nobody it concerns. */
    NONE;

    /**
     * @param viewer    who looks
     * @param inquiry   the inquiry
     * @param referrals its referrals
     * @return how they stand; staff standing wins when they asked it themselves too
     */
    public static Standing of(Viewer viewer, Inquiry inquiry, List<Referral> referrals) {
        if (viewer.secretariat()) {
            return SECRETARIAT;
        }
        Optional<String> organization = viewer.receivingFor();
        if (organization.isPresent()
                && referrals.stream().anyMatch(r -> r.organizationId().equals(organization.get()))) {
            return RECEIVER;
        }
        if (!viewer.userId().isEmpty() && inquiry.asker().userId().filter(viewer.userId()::equals).isPresent()) {
            return ASKER;
        }
        return NONE;
    }

    /** @return whether they see the whole case (notes, referrals, the asker's address) */
    public boolean staff() {
        return this == SECRETARIAT || this == RECEIVER;
    }
}
