package org.rarewatch.engine.waitingtimes;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real NHS England files bundled in {@code data-bundled/cwt-crs/} at the project root (PROVENANCE.md there). */
final class BundledCwt {

    static final Path DIR = locate();
    static final Path APR_SEP_2023 = DIR.resolve("CWT-CRS-Apr-2023-to-Sep-2023-Data-Extract-Provider-Provisional.xlsx");
    static final Path OCT_2023 = DIR.resolve("CWT-CRS-Oct-2023-Data-Extract-Provider.xlsx");
    static final Path APR_SEP_2024 = DIR.resolve("CWT-CRS-Apr-2024-to-Sep-2024-Data-Extract-Provider-Final.xlsx");
    static final Path ICB_2023 = DIR.resolve("CWT-CRS-Apr-23-to-Oct-23-Data-Extract-ICB-Sub-Location.xlsx");
    static final Path NATIONAL = DIR.resolve("national-time-series-apr2021-oct2023-combined-standards-monthly.csv");

    private BundledCwt() {
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
