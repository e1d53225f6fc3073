package jp.innovationnet.portal.interfaces.rest.membership.organization;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.interfaces.rest.membership.FieldErrors;
import jp.innovationnet.portal.membership.organization.MembershipClass;
import jp.innovationnet.portal.membership.organization.OrganizationKind;

import static org.assertj.core.api.Assertions.assertThat;

class RecordReaderTest {

    @Test
    void aliasesAreLowerCaseLettersDigitsAndHyphens() {
        for (String good : List.of("jilc", "hamamatsu-technopolis", "a1")) {
            assertThat(RecordReader.alias(good, "id", new FieldErrors())).isEqualTo(good);
        }
        for (String bad : List.of("J", "x", "1abc", "with space", "trailing-", "Upper", "a".repeat(65), "")) {
            FieldErrors errors = new FieldErrors();
            assertThat(RecordReader.alias(bad, "id", errors)).as(bad).isNull();
            assertThat(errors.isEmpty()).as(bad).isFalse();
        }
    }

    @Test
    void membersHaveAClassAndNobodyElseHasOne() {
        var member = RecordReader.classification("member", "supporting", 12, new FieldErrors());
        assertThat(member.kind()).isEqualTo(OrganizationKind.MEMBER);
        assertThat(member.membershipClass()).isEqualTo(MembershipClass.SUPPORTING);
        FieldErrors noClass = new FieldErrors();
        RecordReader.classification("member", null, null, noClass);
        assertThat(noClass.isEmpty()).isFalse();
        FieldErrors agencyWithClass = new FieldErrors();
        RecordReader.classification("steering-agency", "full", null, agencyWithClass);
        assertThat(agencyWithClass.isEmpty()).isFalse();
        FieldErrors badNumber = new FieldErrors();
        RecordReader.classification("secretariat", null, 0, badNumber);
        assertThat(badNumber.isEmpty()).isFalse();
    }

    @Test
    void domainsAreLowerCaseHostNames() {
        FieldErrors errors = new FieldErrors();
        assertThat(RecordReader.domains(List.of("TAMA.example", " jst.go.jp "), errors))
                .containsExactly("tama.example", "jst.go.jp");
        assertThat(errors.isEmpty()).isTrue();
        for (String bad : List.of("localhost", "a..b", "-a.jp", "a b.jp", "http://x.jp")) {
            FieldErrors wrong = new FieldErrors();
            RecordReader.domains(List.of(bad), wrong);
            assertThat(wrong.isEmpty()).as(bad).isFalse();
        }
    }
}
