package org.anxue.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * XHTML to A4 PDF (openhtmltopdf) with the bundled WenQuanYi Micro Hei, so Chinese renders on any
 * machine. Pages name the font {@code font-family: 'cjk'}. Used by statements, reports and archive
 * exports.
 */
public final class Pdfs {

    /** The CSS font family under which the bundled CJK font is registered. */
    public static final String CJK_FAMILY = "cjk";

    private static final String FONT = "/fonts/wqy-microhei.ttc";

    private Pdfs() {
    }

    /** Renders well-formed XHTML as a PDF. */
    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(BundledFont.FILE.toFile(), CJK_FAMILY);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Text escaped for XHTML content and attribute values; null becomes empty. */
    public static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The font copied once to a temporary file, on first use: openhtmltopdf reads collections (TTC) from files only. */
    private static final class BundledFont {
        static final Path FILE = copy();

        private static Path copy() {
            try (InputStream in = Pdfs.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException("the font " + FONT + " is missing from the application");
                }
                Path file = Files.createTempFile("anxue-wqy-microhei", ".ttc");
                file.toFile().deleteOnExit();
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
