package jp.innovationnet.portal.membership.organization;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrganizationNameKeyTest {

    @Test
    void namesWrittenDifferentlyHaveTheSameKey() {
        String key = Organization.nameKeyOf("財団法人 ﾃｸﾉﾎﾟｰﾄ振興会");
        assertThat(Organization.nameKeyOf("テクノポート振興会")).isEqualTo(key);
        assertThat(Organization.nameKeyOf("（公財）テクノポート　振興会")).isEqualTo(key);
        assertThat(Organization.nameKeyOf("テクノポート振興協会")).isNotEqualTo(key);
    }

    @Test
    void aVeryLongNameHasAKeyThatFitsItsColumn() {
        assertThat(Organization.nameKeyOf("長".repeat(300))).hasSize(200);
        assertThat(Organization.nameKeyOf("㍿")).as("NFKC expands, the legal form goes").isEmpty();
    }
}
