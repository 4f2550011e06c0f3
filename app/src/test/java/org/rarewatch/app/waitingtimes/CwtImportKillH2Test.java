package org.rarewatch.app.waitingtimes;

import org.rarewatch.app.support.TestDatabases;

class CwtImportKillH2Test extends CwtImportKillContract {

    private final String url = TestDatabases.freshH2Url();

    @Override
    String url() {
        return url;
    }

    @Override
    String user() {
        return "sa";
    }

    @Override
    String password() {
        return "";
    }
}
