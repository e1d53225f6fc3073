package jp.innovationnet.portal.plugins.inquiries.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics as one long table with labels in the reader's language, as the CSV file holds it (the file itself,
 * with its byte order mark and defused formulas, is the portal's).
 */
class StatisticsTableTest {

    private static final DeskStatistics STATISTICS = new DeskStatistics(LocalDate.parse("2026-04-01"),
            LocalDate.parse("2026-05-31"), 3,
            List.of(new DeskStatistics.Count<>("technology", 2), new DeskStatistics.Count<>("other", 1)),
            List.of(new DeskStatistics.Count<>("Kanto", 3)),
            List.of(new DeskStatistics.Count<>("aist", 2), new DeskStatistics.Count<>("evil", 1)),
            List.of(new DeskStatistics.Count<>(YearMonth.of(2026, 4), 1), new DeskStatistics.Count<>(YearMonth.of(2026, 5), 2)),
            new Durations(2, Optional.of(5.25), Optional.of(30.0), Optional.of(1), Optional.of(3)),
            new Durations(0, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
            new Compliance(1, 1, 0, 1), new Compliance(0, 0, 1, 2));

    @Test
    void japaneseReadersGetJapaneseLabels() {
        assertThat(StatisticsTable.header(Locale.JAPANESE)).containsExactly("区分コード", "区分", "キー", "項目", "値");
        List<StatisticsTable.Row> rows = StatisticsTable.rows(STATISTICS, Locale.JAPANESE,
                id -> id.equals("evil") ? "=HYPERLINK(\"x\")" : "産業技術総合研究所");
        assertThat(rows).extracting(StatisticsTableTest::line).contains(
                "period|from|開始日|2026-04-01", "period|total|お問い合わせ件数|3",
                "topic|technology|技術相談|2", "region|Kanto|関東|3", "receiver|aist|産業技術総合研究所|2",
                "receiver|evil|=HYPERLINK(\"x\")|1", "month|2026-05|2026-05|2",
                "first-response|median-hours|所要時間の中央値（時間）|5.3", "first-response|p90-business-days|所要営業日数の90パーセンタイル|3",
                "first-response|met-percent|期限遵守率（％）|50.0", "resolution|median-hours|所要時間の中央値（時間）|null",
                "resolution|overdue|期限超過（未対応）|1");
        assertThat(rows.getFirst().dimensionLabel()).isEqualTo("期間");
        assertThat(rows.getFirst().cells()).hasSameSizeAs(StatisticsTable.header(Locale.JAPANESE));
    }

    @Test
    void otherReadersGetEnglish() {
        assertThat(StatisticsTable.header(Locale.ENGLISH)).containsExactly("dimension", "dimension label", "key",
                "label", "value");
        List<StatisticsTable.Row> rows = StatisticsTable.rows(STATISTICS, Locale.ENGLISH, id -> id);
        assertThat(rows).extracting(r -> r.dimensionLabel() + "|" + r.label() + "|" + r.value())
                .contains("Topic|Technology consultation|2", "Resolution|Met (%)|0.0",
                        "Resolution|Median time (hours)|null");
        assertThat(rows).hasSize(3 + 2 + 1 + 2 + 2 + 10 + 10);
    }

    private static String line(StatisticsTable.Row row) {
        return row.dimension() + "|" + row.key() + "|" + row.label() + "|" + row.value();
    }
}
