package org.rarewatch.app.tracker.exchange;

import org.rarewatch.app.catalogue.ReferenceCatalogueLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code serve --demo}: loads the bundled demo editions (resources tracker/demo, in the export format)
 * through the ordinary import. Editions already in the database are left alone, so restarting changes
 * nothing and an editor's work on the draft edition survives.
 */
@Component
@ConditionalOnProperty(name = "rarewatch.demo", havingValue = "true")
class TrackerDemoLoader implements InitializingBean {

    static final String DEMO_FOLDER = "tracker/demo";
    private static final Logger log = LoggerFactory.getLogger(TrackerDemoLoader.class);

    private final TrackerImporter importer;

    /** Takes the catalogue loader so that the commitments the demo refers to are seeded first. */
    TrackerDemoLoader(TrackerImporter importer, ReferenceCatalogueLoader catalogueSeededFirst) {
        this.importer = importer;
    }

    @Override
    public void afterPropertiesSet() {
        TrackerImporter.Summary s = importer.importFrom(TrackerSource.classpath(DEMO_FOLDER),
                TrackerImporter.Existing.SKIP);
        log.info("Demo tracker content: editions imported {}, already present {}", s.imported(), s.skipped());
    }
}
