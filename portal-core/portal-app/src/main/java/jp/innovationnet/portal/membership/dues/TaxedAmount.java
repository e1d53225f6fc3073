package jp.innovationnet.portal.membership.dues;

/**
 * An amount of dues with its consumption tax, in yen.
 *
 * @param net       the amount before tax (for {@link TaxTreatment#NOT_TAXABLE}: the whole amount)
 * @param treatment how tax applies
 * @param tax       the tax, rounded down to the yen; 0 when not taxable
 * @param total     what the member pays: net + tax
 */
public record TaxedAmount(long net, TaxTreatment treatment, long tax, long total) {
}
