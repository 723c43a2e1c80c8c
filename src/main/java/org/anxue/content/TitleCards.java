package org.anxue.content;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Draws the title cards of the sample catalog with Java2D: a lesson's card (course, lesson, length)
 * for its video, and a course's cover. Chinese needs a CJK font; the JDK ships none, so the first
 * installed font family that can show the text is used (Noto Sans CJK, WenQuanYi, Source Han…),
 * else the WenQuanYi Micro Hei that ships with Anxue (fonts/wqy-microhei.ttc) is registered and
 * used. Only if that cannot be loaded do the cards say what they are in ASCII ("Lesson 3 · 45
 * min"), so the videos are still real and playable, with a warning.
 */
public final class TitleCards {

    private static final Logger LOG = Logger.getLogger(TitleCards.class);
    private static final String BUNDLED_FONT = "/fonts/wqy-microhei.ttc";
    private static final String PROBE = "安全生产培训课程学时";
    private static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
            "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback", "AR PL UMing CN");
    private static final Color BRAND = new Color(11, 79, 138);
    private static final Color BRAND_DARK = new Color(8, 58, 102);
    private static final Color ACCENT = new Color(232, 89, 12);

    private final String family;

    public TitleCards() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        family = findCjkFamily();
        if (family == null) {
            LOG.warn("Sample catalog: no font shows Chinese (the bundled fonts/wqy-microhei.ttc could not be "
                    + "loaded), so title cards are drawn in ASCII");
        } else {
            LOG.debugf("Sample catalog: title cards in %s", family);
        }
    }

    /** Whether cards show Chinese text. */
    public boolean chinese() {
        return family != null;
    }

    static String findCjkFamily() {
        String installed = findInstalledCjkFamily();
        return installed != null ? installed : registerBundledFont();
    }

    /** Registers the bundled CJK font with Java2D; its family name, or null when it cannot be read. */
    static String registerBundledFont() {
        try (InputStream in = TitleCards.class.getResourceAsStream(BUNDLED_FONT)) {
            if (in == null) {
                return null;
            }
            Font[] fonts = Font.createFonts(in);
            GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
            for (Font font : fonts) {
                environment.registerFont(font);
            }
            for (Font font : fonts) {
                if (font.canDisplayUpTo(PROBE) == -1) {
                    return font.getFamily(Locale.ROOT);
                }
            }
            return null;
        } catch (IOException | FontFormatException e) {
            LOG.warnf("Sample catalog: the bundled font %s could not be read: %s", BUNDLED_FONT, e.getMessage());
            return null;
        }
    }

    static String findInstalledCjkFamily() {
        String[] installed = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
        for (String wanted : PREFERRED) {
            for (String name : installed) {
                if (name.equalsIgnoreCase(wanted) && new Font(name, Font.PLAIN, 20).canDisplayUpTo(PROBE) == -1) {
                    return name;
                }
            }
        }
        for (String name : installed) {
            if (!name.startsWith("Dialog") && !name.startsWith("Monospaced") && !name.startsWith("Serif")
                    && !name.startsWith("SansSerif") && new Font(name, Font.PLAIN, 20).canDisplayUpTo(PROBE) == -1) {
                return name;
            }
        }
        return null;
    }

    /** A lesson's 960x540 card. */
    public BufferedImage lesson(String course, String chapter, String lesson, int number, long seconds) {
        String minutes = seconds % 60 == 0 ? Long.toString(seconds / 60) : String.format("%.1f", seconds / 60.0);
        return family != null
                ? card(960, 540, course + " · " + chapter, lesson, "第 " + number + " 课 · " + minutes + " 分钟 · 安学演示课程")
                : card(960, 540, "Anxue sample course", "Lesson " + number, minutes + " min");
    }

    /** A course's 640x360 cover. */
    public BufferedImage cover(String course, String subtitle) {
        return family != null ? card(640, 360, subtitle, course, "安学 Anxue") : card(640, 360, "Anxue", "Sample course", "");
    }

    private BufferedImage card(int width, int height, String top, String title, String bottom) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, BRAND, width, height, BRAND_DARK));
            g.fillRect(0, 0, width, height);
            g.setColor(ACCENT);
            g.fillRect(0, height - height / 40, width, height / 40);
            String name = family == null ? Font.SANS_SERIF : family;
            int margin = width / 16;
            g.setColor(new Color(255, 255, 255, 200));
            g.setFont(new Font(name, Font.PLAIN, height / 22));
            g.drawString(fit(g, top, width - 2 * margin), margin, margin + height / 22);
            g.setColor(Color.WHITE);
            g.setFont(new Font(name, Font.BOLD, height / 11));
            List<String> lines = wrap(g, title, width - 2 * margin, 3);
            FontMetrics m = g.getFontMetrics();
            int y = (height - lines.size() * m.getHeight()) / 2 + m.getAscent();
            for (String line : lines) {
                g.drawString(line, margin, y);
                y += m.getHeight();
            }
            g.setColor(new Color(255, 255, 255, 220));
            g.setFont(new Font(name, Font.PLAIN, height / 20));
            g.drawString(fit(g, bottom, width - 2 * margin), margin, height - margin);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static String fit(Graphics2D g, String text, int width) {
        FontMetrics m = g.getFontMetrics();
        if (m.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && m.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    /** Breaks Chinese text anywhere (it has no spaces) into at most {@code max} lines. */
    private static List<String> wrap(Graphics2D g, String text, int width, int max) {
        FontMetrics m = g.getFontMetrics();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            line.append(text.charAt(i));
            if (m.stringWidth(line.toString()) > width) {
                line.setLength(line.length() - 1);
                lines.add(line.toString());
                line.setLength(0);
                line.append(text.charAt(i));
            }
        }
        lines.add(line.toString());
        if (lines.size() > max) {
            List<String> cut = new ArrayList<>(lines.subList(0, max));
            cut.set(max - 1, fit(g, cut.get(max - 1) + "……", width));
            return cut;
        }
        return lines;
    }
}
