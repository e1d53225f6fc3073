package jp.innovationnet.portal.interfaces.rest.membership.organization;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.interfaces.rest.membership.FieldErrors;
import jp.innovationnet.portal.membership.organization.ActivityField;
import jp.innovationnet.portal.membership.organization.LegalForm;
import jp.innovationnet.portal.membership.organization.OrganizationProfile;
import jp.innovationnet.portal.membership.organization.Prefecture;
import jp.innovationnet.portal.membership.organization.Region;
import jp.innovationnet.portal.membership.organization.SupportService;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileReaderTest {

    private static ProfileInput profile(String prefecture, String region, String postalCode, String website,
                                        List<ContactInput> contacts) {
        return new ProfileInput(" 財団法人テスト振興センター ", "Test Promotion Center", "テストシンコウセンター",
                "Foundation", prefecture, region, postalCode, null, null, website, List.of("it", "nano-materials"),
                List.of("incubation"), "紹介文", null, contacts);
    }

    @Test
    void aGoodProfileIsReadWithCodesNamesAndFullWidthDigits() {
        FieldErrors errors = new FieldErrors();
        OrganizationProfile p = ProfileReader.read(profile("東京都", null, "１００－０００５", "https://www.example.jp/",
                List.of(new ContactInput("担当 一郎", "部長", "ichiro@example.jp", "０３－１２３４－５６７８", true))),
                "profile", errors).orElseThrow();
        assertThat(errors.isEmpty()).isTrue();
        assertThat(p.nameJa()).as("kept as written, without surrounding blanks").isEqualTo("財団法人テスト振興センター");
        assertThat(p.legalForm()).isEqualTo(LegalForm.FOUNDATION);
        assertThat(p.prefecture()).isEqualTo(Prefecture.TOKYO);
        assertThat(p.region()).isEqualTo(Region.KANTO);
        assertThat(p.postalCode()).isEqualTo("100-0005");
        assertThat(p.fields()).containsExactlyInAnyOrder(ActivityField.IT, ActivityField.NANO_MATERIALS);
        assertThat(p.services()).containsExactly(SupportService.INCUBATION);
        assertThat(p.contacts().getFirst().phone()).isEqualTo("03-1234-5678");
        for (String prefecture : List.of("13", "Tokyo", "東京", "東京都")) {
            assertThat(ProfileReader.read(profile(prefecture, "関東", "1000005", null, null), "p", new FieldErrors())
                    .orElseThrow().prefecture()).isEqualTo(Prefecture.TOKYO);
        }
        assertThat(ProfileReader.read(profile(null, "Overseas", "SW1A 1AA", null, null), "p", new FieldErrors())
                .orElseThrow().postalCode()).isEqualTo("SW1A 1AA");
    }

    @Test
    void everyBadFieldIsNamedWithItsPath() {
        FieldErrors errors = new FieldErrors();
        ProfileInput input = new ProfileInput("", "x".repeat(201), "kanji読み", "club", "Atlantis", "Mars", "12-345",
                "a".repeat(401), null, "javascript:alert(1)", List.of("it", "astrology"), List.of(""), null,
                "e".repeat(4001), List.of(new ContactInput("良", null, "good@example.jp", null, true),
                new ContactInput("悪", null, "bad@", "phone", true), new ContactInput(null, null, null, null, null)));
        assertThat(ProfileReader.read(input, "organization", errors)).isEmpty();
        Map<String, String> named = fields(errors);
        assertThat(named.keySet()).containsExactlyInAnyOrder("organization.nameJa", "organization.nameEn",
                "organization.nameReading", "organization.legalForm", "organization.prefecture",
                "organization.region", "organization.postalCode", "organization.addressJa", "organization.website", "organization.fields[1]",
                "organization.services[0]", "organization.profileEn", "organization.contacts[1].email",
                "organization.contacts[1].phone", "organization.contacts[1].primary", "organization.contacts[2].name",
                "organization.contacts[2].email");
    }

    @Test
    void theRegionMustBeThePrefecturesAndPostalCodesFollowTheCountry() {
        FieldErrors errors = new FieldErrors();
        ProfileReader.read(profile("Hokkaido", "Kyushu", "060-0001", null, null), "p", errors);
        assertThat(fields(errors)).containsEntry("p.region", "Hokkaido is in Hokkaido");
        FieldErrors japanese = new FieldErrors();
        ProfileReader.read(profile("13", null, "SW1A 1AA", null, null), "p", japanese);
        assertThat(fields(japanese)).containsOnlyKeys("p.postalCode");
    }

    @Test
    void emailAddressesNeedALocalPartAndADomainWithADot() {
        for (String good : List.of("a@example.jp", "first.last+tag@mail.example.co.jp")) {
            assertThat(ProfileReader.email(good, "e", new FieldErrors())).isEqualTo(good);
        }
        for (String bad : List.of("a@localhost", "@example.jp", "a b@example.jp", "a@-example.jp", "a@@example.jp")) {
            FieldErrors errors = new FieldErrors();
            assertThat(ProfileReader.email(bad, "e", errors)).as(bad).isNull();
            assertThat(errors.isEmpty()).as(bad).isFalse();
        }
    }

    private static Map<String, String> fields(FieldErrors errors) {
        return errors.asMap();
    }
}
