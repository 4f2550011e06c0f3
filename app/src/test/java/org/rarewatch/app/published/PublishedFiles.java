package org.rarewatch.app.published;

import java.nio.file.Path;
import org.rarewatch.app.waitingtimes.CwtFiles;

/** The bundled published figures (project root {@code data-bundled/published/}) and small hand-made files. */
public final class PublishedFiles {

    public static final Path BUNDLED = CwtFiles.DIR.resolveSibling("published").resolve(PublishedDemoLoader.BUNDLED);

    public static final String HEADER = "indicator,cancer_group,geography,period,value,unit,numerator,denominator,"
            + "lower95,upper95,source_title,source_url,publication_date,note\n";

    private PublishedFiles() {
    }

    /** A valid row for {@code indicator}, all cancers in England, with the given period and percentage. */
    public static String row(String indicator, String period, String value) {
        return indicator + ",all,England," + period + "," + value + ",%,,,,,\"Statistics, England\","
                + "https://digital.nhs.uk/example,2024-10-17,\n";
    }

    public static Path write(Path dir, String name, String text) {
        return CwtFiles.write(dir, name, text);
    }
}
