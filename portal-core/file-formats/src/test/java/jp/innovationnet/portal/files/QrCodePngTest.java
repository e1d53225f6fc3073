package jp.innovationnet.portal.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.kit.QrCodes;

import static org.assertj.core.api.Assertions.assertThat;

class QrCodePngTest {

    @Test
    void thePngReadsBackAsTheAddress() throws Exception {
        String address = "https://portal.innovation-net.jp/p/events/organise?view=checkin&event=12"
                + "&code=Zm9vYmFyLWJhei1xdXV4LTE";
        byte[] png = new QrCodePng().png(address);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = read(png);
        assertThat(image.getWidth()).isEqualTo(QrCodes.SIZE);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        assertThat(decoded).isEqualTo(address);
    }

    private static BufferedImage read(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }
}
