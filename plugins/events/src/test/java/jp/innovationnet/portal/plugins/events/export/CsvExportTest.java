package jp.innovationnet.portal.plugins.events.export;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExportTest {

    @Test
    void isUtf8WithAByteOrderMarkAndReadsBack() throws Exception {
        byte[] file = CsvExport.write(List.of("名称", "件数"), List.of(List.of("浜松, \"技術\"\n研究所", 12),
                Arrays.asList("空欄", null)));
        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.get(0).values()).containsExactly("名称", "件数");
        assertThat(records.get(1).values()).containsExactly("浜松, \"技術\"\n研究所", "12");
        assertThat(records.get(2).values()).containsExactly("空欄", "");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(CsvExport.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(CsvExport.cell("+81-3-1234")).isEqualTo("'+81-3-1234");
        assertThat(CsvExport.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvExport.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvExport.cell("TAMA = 多摩")).isEqualTo("TAMA = 多摩");
        assertThat(CsvExport.cell(-3)).isEqualTo(-3);
        assertThat(CsvExport.cell(4.25)).isEqualTo(4.25);
    }
}
