package jp.innovationnet.portal.membership.organization;

/** The legal form of an organization (法人格), as the published member list classifies them. */
public enum LegalForm implements Coded {
    FOUNDATION("財団法人", "Foundation"),
    ASSOCIATION("社団法人", "Incorporated association"),
    COMPANY("株式会社", "Company"),
    NATIONAL_UNIVERSITY("国立大学法人", "National university"),
    PUBLIC_UNIVERSITY("公立大学法人", "Public university"),
    PRIVATE_UNIVERSITY("学校法人（私立大学）", "Private university"),
    FINANCIAL_INSTITUTION("金融機関", "Financial institution"),
    CHAMBER_OF_COMMERCE("商工会議所", "Chamber of commerce"),
    COUNCIL("協議会", "Council"),
    NPO("特定非営利活動法人", "Non-profit organization"),
    INDEPENDENT_ADMINISTRATIVE_AGENCY("独立行政法人", "Independent administrative agency"),
    GOVERNMENT("行政機関", "Government body"),
    OTHER("その他", "Other");

    private final String labelJa;
    private final String labelEn;

    LegalForm(String labelJa, String labelEn) {
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }

    @Override
    public String labelJa() {
        return labelJa;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }
}
