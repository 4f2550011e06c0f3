package org.rarewatch.app.published;

import java.time.Instant;

/** An imported published-figures file on record, with how many of its figures are still current. */
public record PublishedRelease(String sha256, String fileName, String publisher, Instant importedAt, int rows,
                               int currentFigures) {
}
