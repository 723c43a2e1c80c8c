package org.anxue.web;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages Anxue's pages are written in: Simplified Chinese first, English second. Chinese
 * of any region is served as zh-CN (there is no Traditional Chinese text).
 */
public enum Language {
    ZH_CN("zh-CN", "中文"),
    EN("en", "English");

    /** What a visitor gets when neither the cookie nor the browser names a language we have. */
    public static final Language DEFAULT = ZH_CN;

    private final String tag;
    private final String nativeName;
    private final Locale locale;

    Language(String tag, String nativeName) {
        this.tag = tag;
        this.nativeName = nativeName;
        this.locale = Locale.forLanguageTag(tag);
    }

    /** The IETF language tag, as used in {@code <html lang>}, the cookie and {@code /lang/{tag}}. */
    public String tag() {
        return tag;
    }

    /** The language's name in itself, for the language switch. */
    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return locale;
    }

    /** The language the switch offers next to this one. */
    public Language other() {
        return this == ZH_CN ? EN : ZH_CN;
    }

    /** An exact tag as the switch and the cookie carry it ("zh-CN", "en"), case-insensitive. */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(tag.trim())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The language a browser's tag (any region or script) is served in, if we have one. */
    static Optional<Language> forBrowserTag(String tag) {
        String primary = tag.trim().toLowerCase(Locale.ROOT);
        int dash = primary.indexOf('-');
        if (dash > 0) {
            primary = primary.substring(0, dash);
        }
        return switch (primary) {
            case "zh" -> Optional.of(ZH_CN);
            case "en" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }

    /**
     * Picks the page language: the {@code lang} cookie when it names a language we have, else the
     * first language in Accept-Language (by quality) that we have, else {@link #DEFAULT}.
     */
    public static Language negotiate(String cookie, String acceptLanguage) {
        Optional<Language> chosen = fromTag(cookie);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    if (range.getWeight() <= 0 || range.getRange().equals("*")) {
                        continue;
                    }
                    Optional<Language> language = forBrowserTag(range.getRange());
                    if (language.isPresent()) {
                        return language.get();
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // A broken header is no reason to fail the page: fall through to the default.
            }
        }
        return DEFAULT;
    }
}
