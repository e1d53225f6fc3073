package jp.innovationnet.portal.plugins.coordinators.supportcase;

import java.util.List;

import jp.innovationnet.portal.plugins.coordinators.audience.Audience;

/**
 * What a case record says, checked: codes of the closed lists, texts stripped.
 *
 * @param language        the language it is written in
 * @param title           a title
 * @param challenge       the company's challenge (課題)
 * @param companySize     the company's size band
 * @param companyIndustry its industry
 * @param companyRegion   its region
 * @param companyName     its name, for the network only; null when not given
 * @param approach        what was done, in Markdown
 * @param partners        who took part
 * @param programmes      programmes used
 * @param outcomes        what it achieved (the cluster plan's indicators)
 * @param lessons         what others can learn
 * @param factors         success factors it illustrates
 * @param tags            free tags as typed
 * @param audience        who may read it once published
 */
public record CaseContent(CaseLanguage language, String title, String challenge, CompanySize companySize,
                          String companyIndustry, String companyRegion, String companyName, String approach,
                          List<Partner> partners, List<String> programmes, List<Outcome> outcomes, String lessons,
                          List<SuccessFactor> factors, List<String> tags, Audience audience) {

    /** Copies the lists. */
    public CaseContent {
        partners = List.copyOf(partners);
        programmes = List.copyOf(programmes);
        outcomes = List.copyOf(outcomes);
        factors = List.copyOf(factors);
        tags = List.copyOf(tags);
    }

    /**
     * One who took part.
     *
     * @param kind what kind of body
     * @param name its name, for readers in the network; null when not given
     */
    public record Partner(PartnerKind kind, String name) {
    }
}
