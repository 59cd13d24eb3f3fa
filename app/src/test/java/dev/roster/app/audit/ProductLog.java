package dev.roster.app.audit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.net.URL;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * The product's own logging ({@code logback.xml} of the app, the rolling file in a {@code logs/} folder) for
 * the length of an audit, instead of the tests' console-only configuration, so that the audit reads the log
 * file a user would have. Roster's loggers go to DEBUG (stricter than the product's INFO: a person who
 * turns debugging on must not get secrets either). {@link #close()} puts the test configuration back.
 */
public final class ProductLog implements AutoCloseable {
    private static final String LOG_DIR = "roster.logDir";
    private final Path folder;
    private final String previous;

    private ProductLog(Path folder, String previous) {
        this.folder = folder;
        this.previous = previous;
    }

    /** Logs to {@code folder}/roster.log as the product does. */
    public static ProductLog to(Path folder) {
        String previous = System.getProperty(LOG_DIR);
        System.setProperty(LOG_DIR, folder.toString());
        configure(resource("logback.xml"));
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("dev.roster").setLevel(Level.DEBUG);
        return new ProductLog(folder, previous);
    }

    public Path folder() {
        return folder;
    }

    private static URL resource(String name) {
        URL url = ProductLog.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException(name + " is not on the class path");
        }
        return url;
    }

    private static void configure(URL config) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(config);
        } catch (JoranException e) {
            throw new IllegalStateException("logback configuration " + config + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        configure(resource("logback-test.xml"));
        if (previous == null) {
            System.clearProperty(LOG_DIR);
        } else {
            System.setProperty(LOG_DIR, previous);
        }
    }
}
