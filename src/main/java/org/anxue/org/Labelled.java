package org.anxue.org;

import java.util.Locale;
import java.util.Optional;

/** An enum constant with a Chinese name, as people write it in spreadsheets and content packs. */
public interface Labelled {

    String name();

    /** The Chinese name (zh-CN). */
    String label();

    /** The constant whose code (CHEMICAL) or Chinese name (化工危险化学品) is {@code text}. */
    static <E extends Enum<E> & Labelled> Optional<E> find(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip();
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(wanted.toUpperCase(Locale.ROOT)) || e.label().equals(wanted)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The Chinese name of the constant with this code, or the code itself when there is none (for reports). */
    static <E extends Enum<E> & Labelled> String labelOf(Class<E> type, String code) {
        return find(type, code).map(Labelled::label).orElse(String.valueOf(code));
    }
}
