package org.rarewatch.app.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Which database Rarewatch talks to: by default an embedded H2 file under {@code ./data/}, or any
 * JDBC URL given with {@code --db} (PostgreSQL for deployment).
 */
public record DatabaseTarget(String url, String user, String password) {

    /** H2 runs in PostgreSQL compatibility mode so that one set of Flyway migrations serves both. */
    static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";

    public DatabaseTarget {
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** The embedded file database under {@code dataDir} (created on first use). */
    public static DatabaseTarget embedded(Path dataDir) {
        String file = dataDir.toAbsolutePath().normalize().resolve("rarewatch").toString();
        return new DatabaseTarget("jdbc:h2:file:" + file + H2_OPTIONS, "sa", "");
    }

    /** {@code url} when given, else the embedded default; credentials fall back to the environment. */
    public static DatabaseTarget resolve(String url, String user, String password, Path defaultDataDir) {
        if (url == null || url.isBlank()) {
            return embedded(defaultDataDir);
        }
        if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("unsupported database URL " + url
                    + ": use jdbc:postgresql://HOST[:PORT]/DB or jdbc:h2:file:PATH");
        }
        return new DatabaseTarget(url, user, password);
    }

    public boolean isEmbedded() {
        return url.startsWith("jdbc:h2:");
    }

    /** The URL without credentials or driver options, for messages. */
    public String displayUrl() {
        int options = url.indexOf(';');
        return options < 0 ? url : url.substring(0, options);
    }

    /** Spring properties that point the application at this database. */
    public Map<String, Object> springProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", user);
        properties.put("spring.datasource.password", password);
        return properties;
    }

    /**
     * Opens and closes one connection so that an unreachable or misconfigured database is reported in
     * one line before anything else starts.
     *
     * @throws DatabaseUnavailableException naming the URL and the root cause
     */
    public void probe(int timeoutSeconds) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        if (url.startsWith("jdbc:postgresql:")) {
            // pgjdbc ignores DriverManager's login timeout; a server that accepts but never answers would hang
            properties.setProperty("loginTimeout", String.valueOf(timeoutSeconds));
            properties.setProperty("connectTimeout", String.valueOf(timeoutSeconds));
            properties.setProperty("socketTimeout", String.valueOf(timeoutSeconds));
        }
        DriverManager.setLoginTimeout(timeoutSeconds);
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            connection.isValid(timeoutSeconds);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(displayUrl(), rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
