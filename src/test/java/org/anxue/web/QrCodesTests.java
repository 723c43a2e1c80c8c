package org.anxue.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** QR codes decode back to their text; the SVG is one path on a white square. */
class QrCodesTests {

    @Test
    void shouldEncodeATextThatAReaderDecodesBack() throws Exception {
        String text = "https://anxue.example/verify/7Q2K9M4P1X8Z3W5RNB";
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(text, 240)));
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(240);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(text);
    }

    @Test
    void shouldDrawTheSvgAsOnePathWithAQuietZone() {
        String svg = QrCodes.svg("学时证明 ABC");
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("<path fill=\"#000\" d=\"M4 4h1v1h-1z")
                .endsWith("</svg>");
    }
}
