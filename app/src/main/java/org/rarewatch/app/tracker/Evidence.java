package org.rarewatch.app.tracker;

/** A dated, sourced claim behind an assessment. {@code publishedOn} is ISO: 2020-04-08, 2020-04 or 2020. */
public record Evidence(int editionYear, String commitmentId, int seq, String claim, String sourceTitle, String url,
        String publishedOn) {
}
