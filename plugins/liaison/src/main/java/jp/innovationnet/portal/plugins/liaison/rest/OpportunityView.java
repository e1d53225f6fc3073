package jp.innovationnet.portal.plugins.liaison.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.innovationnet.portal.plugin.api.kit.Label;
import jp.innovationnet.portal.plugin.api.service.MemberDirectory;
import jp.innovationnet.portal.plugin.api.service.OrganizationSummary;
import jp.innovationnet.portal.plugins.liaison.opportunity.Opportunity;
import jp.innovationnet.portal.plugins.liaison.opportunity.OpportunityContent;
import jp.innovationnet.portal.plugins.liaison.opportunity.Part;
import jp.innovationnet.portal.plugins.liaison.reader.Reader;

/**
 * An opportunity as one reader may read it: the parts whose visibility reaches them, nothing else (a part they may
 * not read is absent from the JSON, not empty). The company and the parts' visibility are the intermediary's only;
 * a visitor reads the English text where there is one.
 *
 * @param id            its id
 * @param kind          what it offers or seeks
 * @param callName      the call of an R&amp;D partner search
 * @param language      the language it is written in
 * @param summary       the summary
 * @param description   the description
 * @param innovation    innovation and advantages
 * @param stage         the stage of development
 * @param ipr           the IPR status
 * @param partner       the partner sought
 * @param fields        its fields
 * @param countries     its countries
 * @param keywords      its keywords
 * @param deadline      the last day to express interest
 * @param expires       the last day of publication
 * @param status        where it is
 * @param intermediary  the organization that publishes it and is the contact
 * @param publishedAt   when it was first published
 * @param company       the company (the intermediary's only)
 * @param visibility    each part's visibility (the intermediary's only)
 * @param reviewComment the secretariat's comment when returned (the intermediary and the secretariat)
 * @param actions       what the reader may do with it now
 */
public record OpportunityView(long id, Label kind, String callName, String language, Texts summary,
                              Texts description, Texts innovation, Label stage, Label ipr, PartnerView partner,
                              List<Label> fields, List<Label> countries, List<String> keywords, LocalDate deadline,
                              LocalDate expires, Label status, Intermediary intermediary, Instant publishedAt,
                              CompanyView company, Map<String, Label> visibility, String reviewComment,
                              List<String> actions) {

    /**
     * @param ja the text in Japanese, if the reader reads it
     * @param en the text in English
     */
    public record Texts(String ja, String en) {
    }

    /** @param type the kind of partner @param role their role */
    public record PartnerView(Label type, String role) {
    }

    /** @param id the organization's alias @param nameJa its Japanese name @param nameEn its English name */
    public record Intermediary(String id, String nameJa, String nameEn) {
    }

    /** @param name the company's name @param contact how to reach it */
    public record CompanyView(String name, String contact) {
    }

    /**
     * @param opportunity the opportunity, which the reader may know of
     * @param reader      who reads
     * @param directory   the member directory, for the intermediary's name
     * @param actions     what the reader may do now
     * @return what the reader may read of it
     */
    static OpportunityView of(Opportunity opportunity, Reader reader, MemberDirectory directory,
                              List<String> actions) {
        OpportunityContent c = opportunity.content();
        String org = opportunity.organizationId();
        boolean intermediary = reader.actsFor(org);
        Locale locale = reader.locale();
        Map<String, Label> visibility = null;
        if (intermediary) {
            visibility = new LinkedHashMap<>();
            for (Part part : Part.values()) {
                visibility.put(part.key(), Label.of(c.visibility().get(part), locale));
            }
        }
        OrganizationSummary summary = directory.find(org).orElse(null);
        return new OpportunityView(opportunity.id(), Label.of(c.kind(), locale), c.callName(), c.language().code(),
                texts(c.summary(), reader), sees(opportunity, reader, Part.DESCRIPTION)
                ? texts(c.description(), reader) : null,
                sees(opportunity, reader, Part.INNOVATION) && (c.innovation().ja() != null
                        || c.innovation().en() != null) ? texts(c.innovation(), reader) : null,
                sees(opportunity, reader, Part.STAGE) ? Label.of(c.stage(), locale) : null,
                sees(opportunity, reader, Part.IPR) ? Label.of(c.ipr(), locale) : null,
                sees(opportunity, reader, Part.PARTNER)
                        ? new PartnerView(Label.of(c.partnerType(), locale), c.partnerRole()) : null,
                c.fields().stream().map(f -> Label.of(f, locale)).toList(),
                c.countries().stream().map(code -> Countries.label(code, locale)).toList(),
                sees(opportunity, reader, Part.KEYWORDS) ? c.keywords() : null,
                sees(opportunity, reader, Part.DEADLINE) ? c.deadline() : null, c.expires(),
                Label.of(opportunity.status(), locale),
                new Intermediary(org, summary == null ? org : summary.nameJa(), summary == null ? org
                        : summary.nameEn()), opportunity.publishedAt(),
                intermediary ? new CompanyView(c.companyName(), c.companyContact()) : null, visibility,
                intermediary || reader.secretariat() ? opportunity.reviewComment() : null, actions);
    }

    private static boolean sees(Opportunity opportunity, Reader reader, Part part) {
        return reader.sees(opportunity.organizationId(), opportunity.reach(part));
    }

    /** A visitor reads the English where there is English (the Japanese beside it is not the public's). */
    private static Texts texts(OpportunityContent.Text text, Reader reader) {
        return new Texts(reader.visitor() && text.en() != null ? null : text.ja(), text.en());
    }
}
