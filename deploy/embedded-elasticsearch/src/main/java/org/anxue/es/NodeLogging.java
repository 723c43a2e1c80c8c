package org.anxue.es;

import java.util.logging.Handler;
import java.util.logging.LogRecord;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.ConsoleAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilderFactory;
import org.apache.logging.log4j.core.config.builder.impl.BuiltConfiguration;
import org.elasticsearch.common.logging.LogConfigurator;

/**
 * Logging for the node: one console appender on stdout, one line per event with the level in
 * a fixed column ({@code [WARN ]}, {@code [ERROR]}) so that the launching process can pick
 * out problems. It must run before any Elasticsearch class creates a logger.
 *
 * <p>Elasticsearch's own {@code LogConfigurator.configure} is not used: it replaces
 * {@code System.out} with a logger stream, which would swallow the readiness line.
 */
final class NodeLogging {

    static final String PATTERN = "[%d{ISO8601}][%-5level][%c{1.}] %marker%m%n";

    private static boolean configured;

    private NodeLogging() {
    }

    /** Sets the system properties that the Elasticsearch distribution passes through jvm.options. */
    static void setDefaultSystemProperties() {
        setIfAbsent("log4j.shutdownHookEnabled", "false");
        setIfAbsent("log4j2.disable.jmx", "true");
        setIfAbsent("io.netty.noUnsafe", "true");
        setIfAbsent("io.netty.noKeySetOptimization", "true");
        setIfAbsent("io.netty.recycler.maxCapacityPerThread", "0");
    }

    /** Configures log4j once per JVM; {@code rootLevel} is a log4j level name such as INFO. */
    static synchronized void configure(String rootLevel) {
        if (configured) {
            return;
        }
        setDefaultSystemProperties();
        Level level = Level.toLevel(rootLevel, Level.INFO);
        ConfigurationBuilder<BuiltConfiguration> builder = ConfigurationBuilderFactory.newConfigurationBuilder();
        builder.setStatusLevel(Level.ERROR);
        builder.setConfigurationName("anxue-es");
        builder.add(builder.newAppender("console", "Console")
                .addAttribute("target", ConsoleAppender.Target.SYSTEM_OUT)
                .add(builder.newLayout("PatternLayout").addAttribute("pattern", PATTERN)));
        builder.add(builder.newRootLogger(level).add(builder.newAppenderRef("console")));
        // Lucene announces its optional features at INFO/WARN on every start; keep them out of the way.
        builder.add(builder.newLogger("org.apache.lucene", Level.ERROR));
        // The native libraries (zstd, SIMD vector functions) ship only with the distribution, not as
        // Maven artifacts, so native access is always off here; do not log a stack trace for it.
        builder.add(builder.newLogger("org.elasticsearch.nativeaccess", Level.ERROR));
        BuiltConfiguration configuration = builder.build();
        // initialize() uses this configuration directly when log4j has not started yet; that keeps
        // log4j from first loading the test framework's log4j2-test.properties from the classpath.
        LoggerContext context = Configurator.initialize(configuration);
        if (context == null || context.getConfiguration() != configuration) {
            Configurator.reconfigure(configuration);
        }
        // The bridge from Elasticsearch's own logging API to log4j.
        LogConfigurator.configureESLogging();
        installJulBridge();
        configured = true;
    }

    static void shutdown() {
        LogManager.shutdown();
    }

    /** Sends java.util.logging records (Lucene uses it) to log4j instead of stderr. */
    private static void installJulBridge() {
        java.util.logging.Logger root = java.util.logging.LogManager.getLogManager().getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        root.setLevel(java.util.logging.Level.INFO);
        root.addHandler(new Handler() {
            @Override
            public void publish(LogRecord logRecord) {
                String name = logRecord.getLoggerName() == null ? "jul" : logRecord.getLoggerName();
                int julLevel = logRecord.getLevel().intValue();
                Level target = julLevel >= java.util.logging.Level.SEVERE.intValue() ? Level.ERROR
                        : julLevel >= java.util.logging.Level.WARNING.intValue() ? Level.WARN
                        : julLevel >= java.util.logging.Level.INFO.intValue() ? Level.INFO
                        : Level.DEBUG;
                String message = logRecord.getMessage();
                if (logRecord.getParameters() != null && message != null) {
                    message = java.text.MessageFormat.format(message, logRecord.getParameters());
                }
                LogManager.getLogger(name).log(target, message, logRecord.getThrown());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
