package org.rarewatch.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.rarewatch.app.RarewatchApplication;
import org.rarewatch.app.storage.DatabaseTarget;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The application without its web server, for commands that work on the database (migrated and seeded);
 * or, for importers that need no more, just the migrated database.
 */
final class DatabaseContext {

    private DatabaseContext() {
    }

    static ConfigurableApplicationContext start(DatabaseTarget target) {
        target.probe(ServeCommand.DATABASE_PROBE_SECONDS);
        Map<String, Object> properties = new LinkedHashMap<>(target.springProperties());
        properties.put("rarewatch.demo", false);
        properties.put("spring.main.log-startup-info", false);
        properties.put("logging.level.org.rarewatch", "WARN");
        // keeps the command's output to its own lines (Flyway warns about H2 versions it has not verified)
        properties.put("logging.level.org.flywaydb", "ERROR");
        String[] args = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(RarewatchApplication.class).web(WebApplicationType.NONE).run(args);
    }

    /**
     * The database alone, migrated, without starting the application: quicker for an import command
     * that needs nothing but its store.
     */
    static DataSource migratedDataSource(DatabaseTarget target) {
        target.probe(ServeCommand.DATABASE_PROBE_SECONDS);
        quietLibraryLogging();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(target.url(), target.user(), target.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }

    /** Without Spring's logging set-up, Flyway would print its INFO lines among the command's own output. */
    private static void quietLibraryLogging() {
        if (org.slf4j.LoggerFactory.getLogger("org.flywaydb") instanceof ch.qos.logback.classic.Logger flyway) {
            flyway.setLevel(ch.qos.logback.classic.Level.ERROR);
        }
    }
}
