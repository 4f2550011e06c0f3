package org.rarewatch.app.tracker;

import org.rarewatch.app.support.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class TrackerPostgresTest extends TrackerContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.postgres(registry);
    }

    @Override
    String[] freshDatabase() {
        return new String[] {TestDatabases.freshPostgresUrl(), "postgres", "postgres"};
    }
}
