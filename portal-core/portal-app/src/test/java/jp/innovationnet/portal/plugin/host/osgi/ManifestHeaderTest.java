package jp.innovationnet.portal.plugin.host.osgi;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ManifestHeaderTest {

    @Test
    void splitsClausesButNotInsideQuotedRanges() {
        List<ManifestHeader.Clause> clauses = ManifestHeader.parse(
                "jakarta.persistence;version=\"[3.1,4)\",a.b;c.d;version=\"[1.0,2)\";resolution:=optional,e.f");

        assertThat(clauses).extracting(ManifestHeader.Clause::name)
                .containsExactly("jakarta.persistence", "a.b", "c.d", "e.f");
        assertThat(clauses.get(0).attributes()).containsEntry("version", "[3.1,4)");
        assertThat(clauses.get(2).attributes()).containsEntry("version", "[1.0,2)")
                .containsEntry("resolution:", "optional");
        assertThat(clauses.get(3).attributes()).isEmpty();
    }

    @Test
    void anAbsentHeaderHasNoClauses() {
        assertThat(ManifestHeader.parse(null)).isEmpty();
        assertThat(ManifestHeader.parse("  ")).isEmpty();
    }
}
