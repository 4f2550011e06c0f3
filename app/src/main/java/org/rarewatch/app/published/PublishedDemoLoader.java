package org.rarewatch.app.published;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Component;

/**
 * With {@code rarewatch.demo=true}, imports the bundled published figures (project folder
 * {@code data-bundled/published}, on the class path under {@value #RESOURCE_FOLDER}) at start-up,
 * through the same import code as {@code ./rarewatch import published}; a second start changes nothing.
 */
@Component
@ConditionalOnProperty(name = "rarewatch.demo", havingValue = "true")
@DependsOnDatabaseInitialization
public class PublishedDemoLoader implements InitializingBean {

    public static final String BUNDLED = "published-figures-2026-11.csv";
    static final String RESOURCE_FOLDER = "demo/published/";

    private static final Logger log = LoggerFactory.getLogger(PublishedDemoLoader.class);

    private final PublishedFigureStore store;

    public PublishedDemoLoader(PublishedFigureStore store) {
        this.store = store;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        byte[] content;
        try (InputStream in = PublishedDemoLoader.class.getClassLoader()
                .getResourceAsStream(RESOURCE_FOLDER + BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled published figures missing from the build: " + BUNDLED);
            }
            content = in.readAllBytes();
        }
        PublishedImportOutcome outcome = store.importContent(RESOURCE_FOLDER + BUNDLED, BUNDLED, content, null);
        log.info("Demo published figures: {}", outcome.describe());
    }
}
