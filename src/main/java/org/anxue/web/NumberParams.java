package org.anxue.web;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Whole-number query, form and header parameters ({@code ?year=abc}) that are not numbers answer 400 with a message
 * naming the value, instead of the 404 the JAX-RS specification prescribes for a failed conversion (which
 * reads as "no such page"). An empty value is an absent one.
 */
@Provider
public class NumberParams implements ParamConverterProvider {

    /** A parameter that is not a whole number; {@link ErrorMappers} answers it with {@code notANumber}. */
    public static final class NotANumber extends BadRequestException {
        private final String value;

        NotANumber(String value) {
            super("not a number: " + value);
            this.value = value;
        }

        public String value() {
            return value;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof PathParam || annotation instanceof RestPath) {
                return null; // a path that names nothing stays a 404
            }
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) converter(Integer::valueOf);
        }
        if (rawType == Long.class) {
            return (ParamConverter<T>) converter(Long::valueOf);
        }
        return null;
    }

    private static <N extends Number> ParamConverter<N> converter(Function<String, N> parse) {
        return new ParamConverter<>() {
            @Override
            public N fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return parse.apply(value.trim());
                } catch (NumberFormatException e) {
                    throw new NotANumber(value.length() > 40 ? value.substring(0, 40) + "…" : value);
                }
            }

            @Override
            public String toString(N value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
