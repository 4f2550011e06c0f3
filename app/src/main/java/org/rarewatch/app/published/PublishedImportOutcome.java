package org.rarewatch.app.published;

/**
 * What importing one published-figures file did.
 *
 * @param alreadyImported the same bytes (SHA-256) were already on record, so nothing changed
 * @param superseded      figures of earlier releases that this release replaced (same key)
 */
public record PublishedImportOutcome(String fileName, String sha256, boolean alreadyImported, int rows,
                                     int superseded) {

    /** The one summary line the command prints. */
    public String describe() {
        String sha = "(SHA-256 " + sha256.substring(0, 12) + ")";
        if (alreadyImported) {
            return fileName + ": already imported, " + rows + " rows " + sha + "; nothing changed";
        }
        return fileName + ": imported " + rows + " rows " + sha
                + (superseded == 0 ? "" : "; supersedes " + superseded + " earlier figure(s)");
    }
}
