package jp.innovationnet.portal.plugins.liaison;

import java.util.Locale;
import java.util.Map;

import jp.innovationnet.portal.plugin.api.http.ProblemException;

/**
 * A rule of the liaison desk that refuses what the caller asked, naming the field at fault: the routes answer it as a
 * problem in the caller's language (409 for a state that does not allow the step, 422 for a value that cannot be).
 */
public final class Refusal extends RuntimeException {

    private final int status;
    private final String field;
    private final transient LiaisonWording wording;
    private final transient Object[] args;

    private Refusal(int status, String field, LiaisonWording wording, Object... args) {
        super(field + ": " + wording.name());
        this.status = status;
        this.field = field;
        this.wording = wording;
        this.args = args.clone();
    }

    /** @return a refusal of a step the current state does not allow (409) */
    public static Refusal conflict(String field, LiaisonWording wording, Object... args) {
        return new Refusal(409, field, wording, args);
    }

    /** @return a refusal of a value that cannot be (422) */
    public static Refusal invalid(String field, LiaisonWording wording, Object... args) {
        return new Refusal(422, field, wording, args);
    }

    /**
     * @param locale the caller's language @return the problem naming the field, in that language (closed lists' values
     * in their labels)
     */
    public ProblemException problem(Locale locale) {
        String message = wording.in(locale, LiaisonWording.labelled(args, locale));
        return new ProblemException(status, status == 409 ? "Conflict" : "Invalid input", field + ": " + message,
                Map.of(field, message));
    }
}
