package jp.innovationnet.portal.membership.dues;

import jp.innovationnet.portal.membership.organization.Coded;

/**
 * How consumption tax applies to a year's dues. Dues of a membership organization are normally outside its scope
 * (不課税: they pay for membership, not for a service in return); where the secretariat decides that its dues are
 * consideration for services, the standard rate applies. The tax of an invoice is computed once on its amount and
 * rounded down to the yen, as a qualified invoice requires (one rounding per invoice and rate).
 */
public enum TaxTreatment implements Coded {
    /** 不課税: outside the scope of consumption tax. */
    NOT_TAXABLE(0),
    /** 標準税率 10%. */
    STANDARD_10(10);

    private final int ratePercent;

    TaxTreatment(int ratePercent) {
        this.ratePercent = ratePercent;
    }

    /** @return the tax rate in percent; 0 when not taxable */
    public int ratePercent() {
        return ratePercent;
    }

    /** @return whether consumption tax applies at all */
    public boolean taxable() {
        return ratePercent > 0;
    }

    /**
     * @param net the amount before tax, in yen
     * @return the amount with its tax (rounded down to the yen) and the total
     */
    public TaxedAmount apply(long net) {
        if (net < 0) {
            throw new IllegalArgumentException("a negative amount: " + net);
        }
        long tax = Math.multiplyExact(net, ratePercent) / 100;
        return new TaxedAmount(net, this, tax, Math.addExact(net, tax));
    }
}
