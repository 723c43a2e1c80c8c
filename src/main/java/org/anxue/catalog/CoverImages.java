package org.anxue.catalog;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Turns an uploaded cover picture (JPEG or PNG) into the 640x360 JPEG thumbnail that pages show:
 * scaled to cover the frame and cut to 16:9 in the middle. The picture's size is read from its
 * header before it is decoded, so a small file claiming a huge picture is refused without
 * allocating it.
 */
public final class CoverImages {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 360;
    /** Larger pictures are refused (a 12-megapixel photo is 4000x3000). */
    static final int MAX_SIDE = 8000;

    private CoverImages() {
    }

    /** Why a file is not a usable cover. */
    public static final class NotACover extends Exception {
        private final String key;

        NotACover(String key) {
            super(key, null, false, false);
            this.key = key;
        }

        /** A key of {@link CatalogMessages}. */
        public String key() {
            return key;
        }
    }

    /** The JPEG thumbnail of the picture in {@code file}. */
    public static byte[] thumbnail(Path file) throws NotACover, IOException {
        BufferedImage picture = read(file);
        BufferedImage frame = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            double scale = Math.max((double) WIDTH / picture.getWidth(), (double) HEIGHT / picture.getHeight());
            int w = (int) Math.ceil(picture.getWidth() * scale);
            int h = (int) Math.ceil(picture.getHeight() * scale);
            g.drawImage(picture, (WIDTH - w) / 2, (HEIGHT - h) / 2, w, h, null);
        } finally {
            g.dispose();
        }
        return jpeg(frame);
    }

    /** Encodes a picture as a JPEG of good quality. */
    public static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static BufferedImage read(Path file) throws NotACover, IOException {
        try (InputStream in = Files.newInputStream(file); ImageInputStream stream = ImageIO.createImageInputStream(in)) {
            if (stream == null) {
                throw new NotACover("coverNotAnImage");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
            if (!readers.hasNext()) {
                throw new NotACover("coverNotAnImage");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
                if (!format.equals("jpeg") && !format.equals("png")) {
                    throw new NotACover("coverNotAnImage");
                }
                reader.setInput(stream, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
                    throw new NotACover("coverTooManyPixels");
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw new NotACover("coverNotAnImage");
                }
                return image;
            } catch (javax.imageio.IIOException | IndexOutOfBoundsException e) {
                throw new NotACover("coverNotAnImage");
            } finally {
                reader.dispose();
            }
        }
    }
}
