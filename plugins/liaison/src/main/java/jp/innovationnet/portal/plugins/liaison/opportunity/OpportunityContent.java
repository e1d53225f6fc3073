package jp.innovationnet.portal.plugins.liaison.opportunity;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.innovationnet.portal.plugin.api.kit.ActivityField;
import jp.innovationnet.portal.plugin.api.kit.Language;
import jp.innovationnet.portal.plugins.liaison.reader.Visibility;

/**
 * What the intermediary writes of an opportunity, checked: the texts in its language (the other language optional),
 * the closed lists' values, ISO 3166-1 countries, and a visibility for every {@link Part}.
 *
 * @param kind           what it offers or seeks
 * @param callName       the named call of an R&amp;D partner search; null otherwise
 * @param companyName    the company's name (the intermediary's only)
 * @param companyContact how to reach the company (the intermediary's only)
 * @param language       the language the text is written in
 * @param summary        the summary
 * @param description    the description
 * @param innovation     innovation and advantages
 * @param stage          the stage of development
 * @param ipr            the IPR status
 * @param partnerType    the kind of partner sought
 * @param partnerRole    the partner's role
 * @param fields         the fields (at least one)
 * @param countries      ISO 3166-1 alpha-2 codes of the countries concerned (at least one)
 * @param keywords       keywords
 * @param deadline       the last day to express interest; null for none
 * @param expires        the last day it is published
 * @param visibility     the visibility of each part
 */
public record OpportunityContent(OpportunityKind kind, String callName, String companyName, String companyContact,
                                 Language language, Text summary, Text description, Text innovation, Stage stage,
                                 Ipr ipr, PartnerType partnerType, String partnerRole, List<ActivityField> fields,
                                 List<String> countries, List<String> keywords, LocalDate deadline,
                                 LocalDate expires, Map<Part, Visibility> visibility) {

    public OpportunityContent {
        fields = List.copyOf(fields);
        countries = List.copyOf(countries);
        keywords = List.copyOf(keywords);
        visibility = Map.copyOf(visibility);
    }

    /**
     * A text in Japanese and English, one of them the opportunity's language (the other may be null).
     *
     * @param ja the Japanese text
     * @param en the English text
     */
    public record Text(String ja, String en) {

        /** @param locale a reader's language @return the text in it, else in the other language */
        public String in(Locale locale) {
            String wanted = Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? ja : en;
            return wanted != null ? wanted : ja != null ? ja : en;
        }
    }

    /** @param part a part @return how far it reaches: its own visibility, never wider than the summary's */
    public int reach(Part part) {
        return Math.max(visibility.get(part).reach(), visibility.get(Part.SUMMARY).reach());
    }
}
