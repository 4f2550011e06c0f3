package org.rarewatch.app.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.nio.file.Path;
import org.rarewatch.app.RarewatchApplication;
import org.rarewatch.app.catalogue.ReferenceCatalogue;
import org.rarewatch.app.catalogue.ReferenceSource;
import org.rarewatch.app.storage.DatabaseTarget;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./rarewatch serve}: the web application, JSON API and dashboard. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web application (http://localhost:PORT).")
public class ServeCommand implements Callable<Integer> {

    static final int DATABASE_PROBE_SECONDS = 5;

    @Option(names = "--demo", description = "Load the bundled real data so the site has something to show, and create "
            + "demo accounts (admin, editor, two member charities) whose new random passwords are printed.")
    boolean demo;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "HTTP port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--reference", paramLabel = "DIR",
            description = "Load the reference tables from DIR (plans.csv, commitments.csv, cancer-groups.csv, "
                    + "waiting-time-thresholds.csv) instead of the bundled versions.")
    String referenceDirectory;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, not " + port);
        }
        checkPortFree(port);
        // a broken reference table is reported before the database is touched, so it stays exactly as it was
        ReferenceCatalogue.read(referenceDirectory == null
                ? ReferenceSource.bundled() : new ReferenceSource(Path.of(referenceDirectory)));
        DatabaseTarget target = database.target();
        target.probe(DATABASE_PROBE_SECONDS);

        ConfigurableApplicationContext context = start(target);
        CountDownLatch stopped = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                stopped.countDown();
            }
        });
        if (context.isActive()) {
            stopped.await();
        }
        return RarewatchMain.EXIT_OK;
    }

    ConfigurableApplicationContext start(DatabaseTarget target) {
        Map<String, Object> properties = new LinkedHashMap<>(target.springProperties());
        properties.put("server.port", port);
        properties.put("rarewatch.demo", demo);
        if (referenceDirectory != null) {
            properties.put("rarewatch.reference.directory", referenceDirectory);
        }
        // passed as command-line arguments, which outrank application.properties (default properties do not)
        String[] args = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(RarewatchApplication.class).run(args);
        String where = target.isEmbedded() ? "embedded database " + target.displayUrl() : target.displayUrl();
        System.err.printf("Rarewatch is serving http://localhost:%d/ (%s%s). Stop with Ctrl+C.%n",
                port, where, (demo ? ", demo data and demo accounts" : ""));
        return context;
    }

    /** A clear message now beats a Tomcat stack trace after half the application has started. */
    private static void checkPortFree(int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " is already in use: stop the other server or choose --port");
        }
    }
}
