package jp.innovationnet.portal.plugins.coordinators.rest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jp.innovationnet.portal.plugin.api.kit.Label;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugin.api.kit.SafeMarkdown;
import jp.innovationnet.portal.plugins.coordinators.audience.Audience;
import jp.innovationnet.portal.plugins.coordinators.audience.Viewer;
import jp.innovationnet.portal.plugins.coordinators.expertise.Industry;
import jp.innovationnet.portal.plugins.coordinators.expertise.Programme;
import jp.innovationnet.portal.plugins.coordinators.supportcase.CaseContent;
import jp.innovationnet.portal.plugins.coordinators.supportcase.CaseLanguage;
import jp.innovationnet.portal.plugins.coordinators.supportcase.CaseStatus;
import jp.innovationnet.portal.plugins.coordinators.supportcase.CompanySize;
import jp.innovationnet.portal.plugins.coordinators.supportcase.Outcome;
import jp.innovationnet.portal.plugins.coordinators.supportcase.PartnerKind;
import jp.innovationnet.portal.plugins.coordinators.supportcase.SuccessFactor;
import jp.innovationnet.portal.plugins.coordinators.supportcase.SupportCase;

/**
 * A case as one reader may read it. The company's and the partners' names reach readers in the network only; the
 * author's name logged-in readers only; the reviewer and the review comment the author and the reviewer only.
 *
 * @param id           its id
 * @param status       where it is in the workflow
 * @param audience     who may read it once published
 * @param language     the language it is written in
 * @param title        its title
 * @param challenge    the company's challenge
 * @param company      the company, anonymised
 * @param approach     what was done, in Markdown
 * @param approachHtml the same as safe HTML
 * @param partners     who took part
 * @param programmes   programmes used
 * @param outcomes     what it achieved
 * @param lessons      what others can learn
 * @param factors      success factors it illustrates
 * @param tags         tags as typed
 * @param author       its author; null for visitors
 * @param reviewer     its reviewer; for its author and reviewer only
 * @param reviewComment what the reviewer asked to change; for its author and reviewer only
 * @param publishedAt  when it was published
 * @param mine         the reader's part in it: {@code author}, {@code reviewer} or null
 */
public record CaseView(long id, Label status, Label audience, Label language, String title,
                       String challenge, Company company, String approach, String approachHtml,
                       List<Partner> partners, List<Label> programmes, List<Label> outcomes,
                       String lessons, List<Label> factors, List<String> tags, Person author,
                       Person reviewer, String reviewComment, Instant publishedAt, String mine) {

    /** @param size its size band @param industry its industry @param region its region @param name its name */
    public record Company(Label size, Label industry, Label region, String name) {
    }

    /** @param kind what kind of body @param name its name (network only) */
    public record Partner(Label kind, String name) {
    }

    /** @param userId the user id @param name the name */
    public record Person(String userId, String name) {
    }

    /**
     * @param supportCase a case the reader may see
     * @param viewer      the reader
     * @param markdown    the portal's Markdown policy
     * @return what they may read of it
     */
    public static CaseView of(SupportCase supportCase, Viewer viewer, SafeMarkdown markdown) {
        CaseContent c = supportCase.content();
        Locale l = viewer.locale();
        boolean network = viewer.inNetwork();
        String mine = viewer.is(supportCase.authorId()) ? "author"
                : viewer.is(supportCase.reviewerId()) ? "reviewer" : null;
        Company company = new Company(Labels.of(CompanySize.values(), c.companySize().code(), l),
                Labels.of(Industry.values(), c.companyIndustry(), l), Labels.of(Region.values(), c.companyRegion(), l),
                network ? c.companyName() : null);
        List<Partner> partners = c.partners().stream().map(p -> new Partner(
                Labels.of(PartnerKind.values(), p.kind().code(), l), network ? p.name() : null)).toList();
        Person reviewer = mine == null || supportCase.reviewerId() == null ? null
                : new Person(supportCase.reviewerId(), supportCase.reviewerName());
        return new CaseView(supportCase.id(), Labels.of(CaseStatus.values(), supportCase.status().code(), l),
                Labels.of(Audience.values(), c.audience().code(), l),
                Labels.of(CaseLanguage.values(), c.language().code(), l), c.title(), c.challenge(), company,
                c.approach(), markdown.toHtml(c.approach()), partners,
                Labels.of(Programme.values(), c.programmes(), l),
                c.outcomes().stream().map(o -> Labels.of(Outcome.values(), o.code(), l)).toList(), c.lessons(),
                c.factors().stream().map(f -> Labels.of(SuccessFactor.values(), f.code(), l)).toList(), c.tags(),
                viewer.userId().isEmpty() ? null : new Person(supportCase.authorId(), supportCase.authorName()),
                reviewer, mine == null ? null : supportCase.reviewComment(), supportCase.publishedAt(), mine);
    }
}
