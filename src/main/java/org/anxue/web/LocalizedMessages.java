package org.anxue.web;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Looks up a message by bundle name and key at run time, for keys that are data (such as the key
 * an {@link AppException} carries). Typed access ({@code {msg:homeTitle}}, or injecting the bundle
 * interface) is better wherever the key is known at compile time.
 */
@Singleton
public class LocalizedMessages {

    private final Engine engine;
    /** One parsed lookup per bundle and number of arguments. */
    private final Map<String, Template> lookups = new ConcurrentHashMap<>();

    @Inject
    LocalizedMessages(Engine engine) {
        this.engine = engine;
    }

    /** The message {@code bundle:key} in {@code locale}, with {@code args} filling its parameters. */
    public String get(Locale locale, String bundle, String key, Object... args) {
        if (!bundle.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("Not a bundle name: " + bundle);
        }
        Template lookup = lookups.computeIfAbsent(bundle + "/" + args.length, ignored -> engine.parse(
                "{" + bundle + ":message(key" + IntStream.range(0, args.length)
                        .mapToObj(i -> ", arg" + i).collect(Collectors.joining()) + ")}"));
        TemplateInstance instance = lookup.data("key", key);
        for (int i = 0; i < args.length; i++) {
            instance.data("arg" + i, args[i]);
        }
        return instance.setLocale(locale).render();
    }
}
