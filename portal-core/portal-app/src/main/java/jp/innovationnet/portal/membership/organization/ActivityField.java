package jp.innovationnet.portal.membership.organization;

/** A field of activity an organization works in. */
public enum ActivityField implements Coded {
    IT("情報通信", "IT and communications"),
    LIFE_SCIENCE("バイオ・ライフサイエンス", "Bio and life science"),
    MEDICAL_HEALTHCARE("医療・ヘルスケア", "Medical and healthcare"),
    MANUFACTURING("ものづくり", "Manufacturing"),
    ENVIRONMENT_ENERGY("環境・エネルギー", "Environment and energy"),
    NANO_MATERIALS("ナノテク・材料", "Nanotechnology and materials"),
    SEMICONDUCTORS("半導体", "Semiconductors"),
    AGRI_FOOD("農業・食品", "Agriculture and food"),
    AEROSPACE("航空宇宙", "Aerospace"),
    CONTENT_SERVICES("コンテンツ・サービス", "Content and services");

    private final String labelJa;
    private final String labelEn;

    ActivityField(String labelJa, String labelEn) {
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
