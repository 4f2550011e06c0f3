package org.rarewatch.app.storage;

/** The configured database cannot be reached or opened. */
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String url, String cause) {
        super("cannot connect to database " + url + ": " + cause);
    }
}
