package jp.innovationnet.portal.membership.dues;

import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who issues the invoices: the network, through its secretariat, with its registration number as a qualified
 * invoice issuer from the server variable {@code portal.invoice.registration.number} (environment
 * {@code PORTAL_INVOICE_REGISTRATION_NUMBER}). Without a valid number no invoice is issued or rendered.
 */
@ApplicationScoped
public class InvoiceIssuer {

    /** The issuer's name on every invoice. */
    public static final String NAME_JA = "全国イノベーション推進機関ネットワーク";
    /** Its English name. */
    public static final String NAME_EN = "Innovation Initiative Network Japan";
    /** Who acts for it. */
    public static final String SECRETARIAT_JA = "事務局: 財団法人日本立地センター";
    /** Who acts for it, in English. */
    public static final String SECRETARIAT_EN = "Secretariat: Japan Industrial Location Center";

    /**
     * The development placeholder (used by {@code bin/portal run} and the tests): it passes the check digit and is
     * nobody's number. The network's real number is not known yet.
     */
    public static final String PLACEHOLDER = "T9000000000000";

    private static final Logger LOG = Logger.getLogger(InvoiceIssuer.class.getName());

    @Inject
    @ConfigProperty(name = "portal.invoice.registration.number")
    Optional<String> configured;

    /**
     * @return the issuer's registration number
     * @throws DuesRuleException (unavailable) if none is configured or the configured one is not valid
     */
    public RegistrationNumber registrationNumber() {
        String value = configured.map(String::strip).orElseThrow(() -> DuesRuleException.unavailable(
                "no registration number is configured for qualified invoices (PORTAL_INVOICE_REGISTRATION_NUMBER)",
                "適格請求書発行事業者の登録番号が設定されていません（PORTAL_INVOICE_REGISTRATION_NUMBER）"));
        try {
            return new RegistrationNumber(value);
        } catch (IllegalArgumentException e) {
            throw DuesRuleException.unavailable("PORTAL_INVOICE_REGISTRATION_NUMBER: " + e.getMessage(),
                    "PORTAL_INVOICE_REGISTRATION_NUMBER の登録番号が正しくありません: " + value);
        }
    }

    /** Says at start-up, in the log, whether invoices can be issued. */
    void checkAtStartup(@Observes Startup startup) {
        try {
            RegistrationNumber number = registrationNumber();
            if (PLACEHOLDER.equals(number.value())) {
                LOG.warning(() -> "Qualified invoices carry the PLACEHOLDER registration number " + number
                        + ": set PORTAL_INVOICE_REGISTRATION_NUMBER to the network's own before issuing real invoices");
            } else {
                LOG.info(() -> "Qualified invoices are issued with registration number " + number);
            }
        } catch (DuesRuleException e) {
            LOG.severe(() -> "Membership dues cannot issue invoices: " + e.getMessage());
        }
    }
}
