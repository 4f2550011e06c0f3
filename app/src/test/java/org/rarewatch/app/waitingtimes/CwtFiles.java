package org.rarewatch.app.waitingtimes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Real bundled extracts (project root {@code data-bundled/cwt-crs/}) and small hand-made CSV extracts. */
public final class CwtFiles {

    public static final Path DIR = locate();
    public static final Path OCT_2023 = DIR.resolve("CWT-CRS-Oct-2023-Data-Extract-Provider.xlsx");
    public static final Path APR_SEP_2023 = DIR.resolve("CWT-CRS-Apr-2023-to-Sep-2023-Data-Extract-Provider-Provisional.xlsx");
    public static final Path APR_SEP_2024 = DIR.resolve("CWT-CRS-Apr-2024-to-Sep-2024-Data-Extract-Provider-Final.xlsx");
    public static final Path ICB_2023 = DIR.resolve("CWT-CRS-Apr-23-to-Oct-23-Data-Extract-ICB-Sub-Location.xlsx");

    public static final String HEADER = "PERIOD,YEAR,MONTH,STANDARD,ORG CODE,STAGE/ROUTE,TREATMENT MODALITY,CANCER TYPE,"
            + "TOTAL TREATED,WITHIN STANDARD,BREACHES\n";

    private CwtFiles() {
    }

    /** One FDS sarcoma row for R0A in {@code month} (yyyy-MM) with the given counts. */
    public static String fdsRow(String month, int total, int within) {
        int m = Integer.parseInt(month.substring(5));
        int y = Integer.parseInt(month.substring(0, 4));
        int fyStart = m >= 4 ? y : y - 1;
        String[] names = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
        return month + "-01," + fyStart + "/" + String.format("%02d", (fyStart + 1) % 100) + "," + names[m - 1]
                + ",28-day FDS,R0A,URGENT SUSPECTED CANCER,,Suspected sarcoma," + total + "," + within + ","
                + (total - within) + "\n";
    }

    public static Path write(Path dir, String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("data-bundled/cwt-crs");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("data-bundled/cwt-crs not found above " + Path.of("").toAbsolutePath());
    }
}
