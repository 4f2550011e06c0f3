package org.rarewatch.app.tracker;

/** A published figure an assessment cites, kept as the source states it (value as text, e.g. "54.5"). */
public record CitedFigure(int editionYear, String commitmentId, int seq, String label, String value, String unit,
        String period, String sourceTitle, String url) {
}
