package jp.innovationnet.portal.plugins.events.registration;

/** A capacity smaller than the number of people already confirmed. */
public class CapacityBelowConfirmedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int confirmed;

    /** @param capacity the capacity asked for @param confirmed how many are confirmed */
    public CapacityBelowConfirmedException(int capacity, int confirmed) {
        super("capacity " + capacity + " is below the " + confirmed + " people already confirmed");
        this.confirmed = confirmed;
    }

    /** @return how many are confirmed */
    public int confirmed() {
        return confirmed;
    }
}
