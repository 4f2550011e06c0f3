package org.rarewatch.app.waitingtimes;

import org.rarewatch.app.support.TestDatabases;

class CwtImportKillPostgresTest extends CwtImportKillContract {

    private final String url = TestDatabases.freshPostgresUrl();

    @Override
    String url() {
        return url;
    }

    @Override
    String user() {
        return "postgres";
    }

    @Override
    String password() {
        return "postgres";
    }
}
