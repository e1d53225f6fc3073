package jp.innovationnet.portal.plugins.inquiries.servicelevel;

/**
 * The desk's service-level targets, in business days.
 *
 * @param firstResponse days to the first reply to the asker
 * @param resolution    days to the answer that closes the case
 * @param warning       how many business days before a due time a case is due soon
 */
public record Targets(int firstResponse, int resolution, int warning) {

    /** First response within 2 business days, resolution within 10, warned 1 business day before. */
    public static final Targets DEFAULT = new Targets(2, 10, 1);

    public Targets {
        if (firstResponse < 1 || resolution < firstResponse || warning < 0 || warning >= firstResponse) {
            throw new IllegalArgumentException("targets " + firstResponse + "/" + resolution + "/" + warning);
        }
    }
}
