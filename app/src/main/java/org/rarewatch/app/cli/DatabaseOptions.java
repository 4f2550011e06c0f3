package org.rarewatch.app.cli;

import java.nio.file.Path;
import org.rarewatch.app.storage.DatabaseTarget;
import picocli.CommandLine.Option;

/** {@code --db}, {@code --db-user}, {@code --db-password}: shared by every command that uses the database. */
public class DatabaseOptions {

    @Option(names = "--db", paramLabel = "URL",
            description = "JDBC URL of the database (default: the embedded file database under ./data/). "
                    + "For PostgreSQL: jdbc:postgresql://HOST[:PORT]/DB")
    String url;

    @Option(names = "--db-user", paramLabel = "USER", defaultValue = "${env:RAREWATCH_DB_USER}",
            description = "Database user (default: $RAREWATCH_DB_USER)")
    String user;

    @Option(names = "--db-password", paramLabel = "PASSWORD", defaultValue = "${env:RAREWATCH_DB_PASSWORD}",
            description = "Database password (default: $RAREWATCH_DB_PASSWORD)")
    String password;

    public DatabaseTarget target() {
        return DatabaseTarget.resolve(url, user, password, Path.of("data"));
    }
}
