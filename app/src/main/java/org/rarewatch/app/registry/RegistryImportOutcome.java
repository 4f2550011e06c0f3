package org.rarewatch.app.registry;

/**
 * What importing one registry extract did.
 *
 * @param alreadyImported the same bytes (SHA-256) were already on record, so nothing changed; the counts are
 *                        those of the release on record
 * @param indicatorRows   indicator rows stored for the release
 */
public record RegistryImportOutcome(String fileName, String sha256, boolean alreadyImported, boolean synthetic,
                                    long rowsRead, long rowsCounted, long rowsRejected, int indicatorRows) {

    static RegistryImportOutcome of(RegistryRelease release, boolean alreadyImported) {
        return new RegistryImportOutcome(release.fileName(), release.sha256(), alreadyImported, release.synthetic(),
                release.rowsRead(), release.rowsCounted(), release.rowsRejected(), release.rowCount());
    }

    public String describe() {
        String sha = "SHA-256 " + sha256.substring(0, 12);
        if (alreadyImported) {
            return fileName + ": already imported (" + sha + "); nothing changed";
        }
        return fileName + ": imported " + (synthetic ? "SYNTHETIC " : "") + "registry extract, " + rowsRead
                + " rows read, " + rowsCounted + " counted, " + rowsRejected + " rejected; " + indicatorRows
                + " indicator rows stored (" + sha + ")";
    }
}
