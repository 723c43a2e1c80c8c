package org.anxue.search;

/**
 * Turns text that Elasticsearch marked with U+0001 (start) and U+0002 (end) into HTML: the text is
 * escaped first, then only the marks become {@code <mark>} tags, so a course title can never inject
 * markup. The indexed text never contains the two marks ({@link CourseDocument#clean}).
 */
public final class Highlights {

    static final String START = "\u0001";
    static final String END = "\u0002";

    private Highlights() {
    }

    public static String html(String marked) {
        StringBuilder html = new StringBuilder(marked.length() + 32);
        boolean open = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            switch (c) {
                case '\u0001' -> {
                    if (!open) {
                        html.append("<mark>");
                        open = true;
                    }
                }
                case '\u0002' -> {
                    if (open) {
                        html.append("</mark>");
                        open = false;
                    }
                }
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        if (open) {
            html.append("</mark>");
        }
        return html.toString().replace("</mark><mark>", "");
    }

    /** Plain text as HTML, shortened to {@code max} characters. */
    public static String text(String text, int max) {
        String shown = text.length() > max ? text.substring(0, max) + "…" : text;
        return html(shown.replace(START, "").replace(END, ""));
    }
}
