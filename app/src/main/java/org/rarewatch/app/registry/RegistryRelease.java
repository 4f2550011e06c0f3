package org.rarewatch.app.registry;

/**
 * Provenance of one imported record-level registry extract: only counts and facts about the file,
 * never a patient-level value.
 *
 * @param sha256       SHA-256 of the file's bytes (lower-case hex): the release's identity
 * @param fileName     the file name as imported
 * @param format       {@code simulacrum} or {@code csv}
 * @param synthetic    the extract is synthetic (describes no real person), e.g. the demo's generated file
 * @param rowsRead     data rows in the extract (counted + rejected)
 * @param rowsCounted  rows that entered the aggregates
 * @param rowsRejected rows refused as bad (reported by reason, within the allowed share)
 * @param importedAt   when it was imported
 * @param rowCount     indicator rows stored for this release
 */
public record RegistryRelease(String sha256, String fileName, String format, boolean synthetic, long rowsRead,
                              long rowsCounted, long rowsRejected, java.time.OffsetDateTime importedAt, int rowCount) {
}
