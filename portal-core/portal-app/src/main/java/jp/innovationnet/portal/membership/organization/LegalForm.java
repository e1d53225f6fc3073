package jp.innovationnet.portal.membership.organization;

/** The legal form of an organization (法人格), as the published member list classifies them. */
public enum LegalForm implements Coded {
    FOUNDATION,
    ASSOCIATION,
    COMPANY,
    NATIONAL_UNIVERSITY,
    PUBLIC_UNIVERSITY,
    PRIVATE_UNIVERSITY,
    FINANCIAL_INSTITUTION,
    CHAMBER_OF_COMMERCE,
    COUNCIL,
    NPO,
    INDEPENDENT_ADMINISTRATIVE_AGENCY,
    GOVERNMENT,
    OTHER;
}
