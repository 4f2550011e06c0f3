package org.rarewatch.app.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Renders the sample report's charts and PDF into a folder; run in a separate JVM by the rebuild test. */
public final class SampleRenderMain {
    static final Instant AS_OF = Instant.parse("2024-09-30T00:00:00Z");

    private SampleRenderMain() {
    }

    public static void main(String[] args) throws Exception {
        write(Path.of(args[0]));
    }

    static void write(Path dir) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("charts.svg"), SampleReport.fdsChart().svg() + SampleReport.comparisonChart().svg()
                + SampleReport.trajectoryChart().svg(), StandardCharsets.UTF_8);
        Files.write(dir.resolve("report.pdf"), new AccessiblePdf().render(SampleReport.xhtml(SampleReport.USER_TEXT),
                new AccessiblePdf.Options(AS_OF, false)));
    }
}
