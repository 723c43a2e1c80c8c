package org.elasticsearch.node;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.MockPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

/**
 * A node whose plugins are plain classes on the classpath instead of plugin bundles in
 * {@code modules/} and {@code plugins/}.
 *
 * <p>It lives in {@code org.elasticsearch.node} because {@link NodeConstruction} and
 * {@link NodeServiceProvider} are package-private. The plugin classes are instantiated by
 * the test framework's {@link MockPluginsService}, the only public way to run classpath
 * plugins; the framework's {@code MockNode} is not used because it needs the randomized
 * test runner.
 */
public final class AnxueClasspathNode extends Node {

    public AnxueClasspathNode(Environment environment, List<Class<? extends Plugin>> plugins) {
        super(NodeConstruction.prepareConstruction(
                environment,
                emptyPluginsLoader(),
                new ClasspathPluginServiceProvider(List.copyOf(plugins)),
                true));
    }

    private static PluginsLoader emptyPluginsLoader() {
        // No bundles, and no qualified exports of the server module: on the classpath the server
        // is not a named module, so there is nothing to export.
        return PluginsLoader.createPluginsLoader(Set.of(), Set.of(), Map.of(), false);
    }

    private static final class ClasspathPluginServiceProvider extends NodeServiceProvider {
        private final List<Class<? extends Plugin>> plugins;

        ClasspathPluginServiceProvider(List<Class<? extends Plugin>> plugins) {
            this.plugins = plugins;
        }

        @Override
        PluginsService newPluginService(Environment environment, PluginsLoader pluginsLoader) {
            return new MockPluginsService(environment.settings(), environment, plugins);
        }
    }
}
