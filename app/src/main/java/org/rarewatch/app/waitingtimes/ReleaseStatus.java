package org.rarewatch.app.waitingtimes;

import java.util.Locale;

/** Whether NHS England published a release as provisional or final; a final release outranks a provisional one. */
public enum ReleaseStatus {
    PROVISIONAL,
    FINAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReleaseStatus parse(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * From the published file name: NHS England names revised extracts "...-Final" and first
     * publications "...-Provisional" or with no suffix (a first publication is provisional).
     */
    public static ReleaseStatus fromFileName(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).contains("final") ? FINAL : PROVISIONAL;
    }
}
