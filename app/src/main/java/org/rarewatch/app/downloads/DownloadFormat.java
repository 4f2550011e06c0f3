package org.rarewatch.app.downloads;

import java.util.Arrays;
import java.util.Optional;

/** The formats every table downloads in: CSV, Excel workbook and OpenDocument spreadsheet. */
public enum DownloadFormat {
    CSV("csv", "text/csv;charset=UTF-8", "CSV"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel (XLSX)"),
    ODS("ods", "application/vnd.oasis.opendocument.spreadsheet", "OpenDocument (ODS)");

    private final String extension;
    private final String contentType;
    private final String label;

    DownloadFormat(String extension, String contentType, String label) {
        this.extension = extension;
        this.contentType = contentType;
        this.label = label;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    public String label() {
        return label;
    }

    public static Optional<DownloadFormat> fromExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equalsIgnoreCase(extension)).findFirst();
    }
}
