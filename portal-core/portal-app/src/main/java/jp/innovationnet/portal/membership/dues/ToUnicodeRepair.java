package jp.innovationnet.portal.membership.dues;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;
import java.util.TreeMap;

import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Makes the text of a saved invoice searchable and copyable as written. PDFBox writes an embedded font's ToUnicode
 * map from the font's own character map and, where several characters share one glyph, takes the lowest code
 * point; IPAex gives the Kangxi radicals (U+2F00…U+2FDF) the glyphs of the ideographs they look like, so 行 would
 * read back as ⾏ (U+2F8F) and a search for 発行日 would find nothing. This rewrites each ToUnicode map with every
 * target in its NFKC form (⾏ → 行), which leaves all other characters as they are.
 */
final class ToUnicodeRepair {

    private static final int CHUNK = 100;

    private ToUnicodeRepair() {
    }

    /** @param document a document whose fonts were subset (loaded back after saving) */
    static void repair(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                if (font instanceof PDType0Font
                        && font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream stream) {
                    rewrite(stream);
                }
            }
        }
    }

    private static void rewrite(COSStream stream) throws IOException {
        CMap cmap;
        try (var in = stream.createInputStream()) {
            cmap = new CMapParser().parse(new RandomAccessReadBuffer(in));
        }
        Map<Integer, String> mapping = new TreeMap<>();
        for (int code = 0; code <= 0xFFFF; code++) {
            String unicode = cmap.toUnicode(new byte[] {(byte) (code >> 8), (byte) code});
            if (unicode != null) {
                mapping.put(code, isRadical(unicode) ? Normalizer.normalize(unicode, Normalizer.Form.NFKC) : unicode);
            }
        }
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(cmapText(mapping).getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static boolean isRadical(String unicode) {
        return unicode.codePoints().allMatch(cp -> cp >= 0x2E80 && cp <= 0x2FDF);
    }

    private static String cmapText(Map<Integer, String> mapping) {
        StringBuilder text = new StringBuilder("""
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <0000> <FFFF>
                endcodespacerange
                """);
        var entries = mapping.entrySet().stream().toList();
        for (int start = 0; start < entries.size(); start += CHUNK) {
            var chunk = entries.subList(start, Math.min(entries.size(), start + CHUNK));
            text.append(chunk.size()).append(" beginbfchar\n");
            for (var entry : chunk) {
                text.append(String.format("<%04X> <", entry.getKey()));
                for (char c : entry.getValue().toCharArray()) {
                    text.append(String.format("%04X", (int) c));
                }
                text.append(">\n");
            }
            text.append("endbfchar\n");
        }
        return text.append("""
                endcmap
                CMapName currentdict /CMap defineresource pop
                end
                end
                """).toString();
    }
}
