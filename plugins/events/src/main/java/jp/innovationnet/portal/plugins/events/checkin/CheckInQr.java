package jp.innovationnet.portal.plugins.events.checkin;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The QR code a registrant shows at the door: a PNG image of an address (the organisers' check-in screen with the
 * registration's code), drawn by ZXing. Medium error correction survives a cracked phone screen or a crumpled
 * print-out; the quiet zone is the four modules the standard asks for.
 */
public final class CheckInQr {

    /** The image's width and height in pixels, enough for a phone camera at arm's length. */
    public static final int SIZE = 360;
    private static final int BLACK = 0x000000;
    private static final int WHITE = 0xFFFFFF;

    private CheckInQr() {
    }

    /**
     * @param address what the code encodes: an absolute address
     * @return the bytes of a PNG image of the QR code
     */
    public static byte[] png(URI address) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(address.toString(), BarcodeFormat.QR_CODE, SIZE, SIZE,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + address + " as a QR code", e);
        }
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x, y) ? BLACK : WHITE);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the QR code as PNG", e);
        }
        return png.toByteArray();
    }
}
