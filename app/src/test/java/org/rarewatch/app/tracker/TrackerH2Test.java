package org.rarewatch.app.tracker;

import org.rarewatch.app.support.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class TrackerH2Test extends TrackerContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Override
    String[] freshDatabase() {
        return new String[] {TestDatabases.freshH2Url(), "sa", ""};
    }
}
