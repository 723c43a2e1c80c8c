package org.anxue.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anxue.web.QrCodes;
import org.junit.jupiter.api.Test;

/** The QR code on the officer's page reads back as the person's answer address. */
class SpotExamQrTests {

    private static final int SCALE = 4;

    @Test
    void shouldEncodeTheAnswerAddressSoThatAReaderGetsItBack() throws Exception {
        String url = "https://anxue.example.gov.cn/exam/ABCD2345";
        String svg = QrCodes.svg(url);

        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(box.find()).isTrue();
        int size = Integer.parseInt(box.group(1));
        int[] pixels = new int[size * SCALE * size * SCALE];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher module = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
        int modules = 0;
        while (module.find()) {
            int x = Integer.parseInt(module.group(1));
            int y = Integer.parseInt(module.group(2));
            for (int dy = 0; dy < SCALE; dy++) {
                for (int dx = 0; dx < SCALE; dx++) {
                    pixels[(y * SCALE + dy) * size * SCALE + x * SCALE + dx] = 0xFF000000;
                }
            }
            modules++;
        }
        assertThat(modules).isPositive();

        Result read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(size * SCALE, size * SCALE, pixels))));
        assertThat(read.getText()).isEqualTo(url);
    }
}
