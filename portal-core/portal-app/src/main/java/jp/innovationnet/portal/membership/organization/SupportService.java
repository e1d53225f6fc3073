package jp.innovationnet.portal.membership.organization;

/** A kind of support an organization offers to companies and to other members. */
public enum SupportService implements Coded {
    TECHNOLOGY_TRANSFER("技術移転・研究成果普及", "Technology transfer"),
    RD_FUNDING("研究開発支援", "R&D funding and support"),
    STARTUP_SUPPORT("創業・ベンチャー支援", "Start-up support"),
    INCUBATION("インキュベーション", "Incubation"),
    SME_SUPPORT("中小企業支援", "SME support"),
    BUSINESS_MATCHING("ビジネスマッチング", "Business matching"),
    INDUSTRY_ACADEMIA("産学官連携", "Industry-academia collaboration"),
    IP_LICENSING("知的財産・ライセンス", "IP and licensing"),
    FINANCING("資金調達・融資", "Financing"),
    OVERSEAS_EXPANSION("海外展開支援", "Overseas expansion"),
    HUMAN_RESOURCES("人材育成", "Human resources and training"),
    CONSULTING("経営相談", "Business consulting");

    private final String labelJa;
    private final String labelEn;

    SupportService(String labelJa, String labelEn) {
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
