package jp.innovationnet.portal.membership.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class AliasesTest {

    @Test
    void derivedAliasesAreLowerCaseWordsJoinedByHyphens() {
        assertThat(Aliases.derive("Iwate Industry Promotion Center")).isEqualTo("iwate-industry-promotion-center");
        assertThat(Aliases.derive("Shikoku Industry & Technology Promotion Center"))
                .isEqualTo("shikoku-industry-and-technology");
        assertThat(Aliases.derive("Kyushu Recycle and Environmental Industry Plaza (K-RIP)"))
                .isEqualTo("kyushu-recycle-and-environmental");
    }

    @Test
    void derivedAliasesAreCutAtAWordBoundaryWithinFortyCharacters() {
        String alias = Aliases.derive("Kitakyushu Foundation for the Advancement of Industry Science and Technology");
        assertThat(alias).isEqualTo("kitakyushu-foundation-for-the");
        assertThat(alias.length()).isLessThanOrEqualTo(40);
        assertThat(Aliases.derive("Supercalifragilisticexpialidociousandmoreandmore Inc"))
                .hasSize(40).doesNotEndWith("-");
    }

    @Test
    void aliasesStartWithALetter() {
        assertThat(Aliases.derive("21 Aomori Industrial Support Center")).isEqualTo("org-21-aomori-industrial-support-center");
        assertThat(Aliases.derive("財団法人")).isEqualTo("org");
        assertThat(Aliases.derive("Société Générale")).isEqualTo("societe-generale");
        assertThat(Aliases.isValid(Aliases.derive("21 Aomori Industrial Support Center"))).isTrue();
    }

    @Test
    void validAliases() {
        assertThat(Aliases.isValid("tama")).isTrue();
        assertThat(Aliases.isValid("hamamatsu-technopolis")).isTrue();
        assertThat(Aliases.isValid("Tama")).isFalse();
        assertThat(Aliases.isValid("tama-")).isFalse();
        assertThat(Aliases.isValid("ta--ma")).isFalse();
        assertThat(Aliases.isValid("1tama")).isFalse();
        assertThat(Aliases.isValid("t")).isFalse();
        assertThat(Aliases.isValid("a".repeat(65))).isFalse();
    }

    @Test
    void uniqueAliasesGetANumber() {
        Set<String> taken = Set.of("bank-of-kyoto", "bank-of-kyoto-2");
        assertThat(Aliases.unique("bank-of-kyoto", taken::contains)).isEqualTo("bank-of-kyoto-3");
        assertThat(Aliases.unique("bank-of-osaka", taken::contains)).isEqualTo("bank-of-osaka");
    }
}
