package org.anxue.catalog;

import java.util.List;

/**
 * One thing wrong with what someone entered or with a course that is submitted: the field it is
 * about (null for the course as a whole) and a key of {@link CatalogMessages} with its arguments,
 * each of the type the message declares (the message bundle casts them).
 */
public record Problem(String field, String key, List<Object> args) {

    public static Problem of(String field, String key, Object... args) {
        return new Problem(field, key, List.of(args));
    }
}
