package jp.innovationnet.portal.text.safe;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetCsvTest {

    private final SpreadsheetCsv csv = new SpreadsheetCsv();

    @Test
    void writesUtf8WithAByteOrderMarkAndCrlf() {
        byte[] file = csv.write(List.of("機関", "件数"), List.of(List.of("多摩, 八王子", 3)));
        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(file, StandardCharsets.UTF_8)).isEqualTo("\uFEFF機関,件数\r\n\"多摩, 八王子\",3\r\n");
    }

    @Test
    void textASpreadsheetWouldTakeForAFormulaIsDefusedButNumbersAreNot() {
        List<Object> row = Arrays.asList("=HYPERLINK(\"http://x\")", "+81", "-1", "@SUM(A1)", "\tx", -5,
                new BigDecimal("-1.5"), null, "ok");
        String text = new String(csv.write(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i"), List.of(row)),
                StandardCharsets.UTF_8);
        assertThat(text.lines().skip(1).findFirst()).contains(
                "\"'=HYPERLINK(\"\"http://x\"\")\",'+81,'-1,'@SUM(A1),'\tx,-5,-1.5,,ok");
    }
}
