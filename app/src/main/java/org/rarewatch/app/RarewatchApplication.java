package org.rarewatch.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application behind {@code ./rarewatch serve}; started by {@link org.rarewatch.app.cli.RarewatchMain}. */
@SpringBootApplication
public class RarewatchApplication {
}
