package jp.innovationnet.portal.plugins.inquiries.faq;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnonymiserTest {

    private final Anonymiser anonymiser = new Anonymiser();

    @Test
    void removesEmailAddressesHalfAndFullWidth() {
        assertThat(anonymiser.anonymise("担当は yamada.taro+faq@tama-tech.co.jp です", Locale.JAPANESE))
                .isEqualTo("担当は ［メールアドレス］ です");
        assertThat(anonymiser.anonymise("Write to ｉｎｆｏ＠example．jp, please", Locale.ENGLISH))
                .isEqualTo("Write to [e-mail address], please");
    }

    @Test
    void removesJapaneseAndInternationalPhoneNumbersButNotDatesOrAmounts() {
        assertThat(anonymiser.anonymise("電話 03-1234-5678、携帯 090 1234 5678 まで", Locale.JAPANESE))
                .isEqualTo("電話 ［電話番号］、携帯 ［電話番号］ まで");
        assertThat(anonymiser.anonymise("（０５３）４５６－７８９０にお電話ください", Locale.JAPANESE))
                .isEqualTo("［電話番号］にお電話ください");
        assertThat(anonymiser.anonymise("担当（03-1234-5678）まで", Locale.JAPANESE)).isEqualTo("担当（［電話番号］）まで");
        assertThat(anonymiser.anonymise("Call +81-3-1234-5678 or 0120123456.", Locale.ENGLISH))
                .isEqualTo("Call [phone number] or [phone number].");
        String kept = "2026-12-10 に 1,000,000 円、申請番号 20261210 1234 を受理";
        assertThat(anonymiser.anonymise(kept, Locale.JAPANESE)).isEqualTo(kept);
    }

    @Test
    void removesWebAddresses() {
        assertThat(anonymiser.anonymise("詳細は https://example.co.jp/a?b=1&c=2 を参照（www.tama.jp/x も）",
                Locale.JAPANESE)).isEqualTo("詳細は ［URL］ を参照（［URL］ も）");
        assertThat(anonymiser.anonymise("See http://user:pw@host.example/path.", Locale.ENGLISH))
                .isEqualTo("See [URL]");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        String text = "弊社の特許（第1234567号）をライセンスしたい。AI と IoT の共同研究先を探しています。";
        assertThat(anonymiser.anonymise(text, Locale.JAPANESE)).isEqualTo(text);
    }
}
