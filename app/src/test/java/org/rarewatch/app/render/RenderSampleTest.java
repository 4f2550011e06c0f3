package org.rarewatch.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Writes the sample report to target/render-sample/ so it can be looked at (pdftoppm); checks it exists. */
class RenderSampleTest {
    @Test
    void writesSampleForInspection() throws Exception {
        Path dir = Path.of("target", "render-sample");
        Files.createDirectories(dir);
        String html = SampleReport.xhtml(SampleReport.USER_TEXT);
        Files.writeString(dir.resolve("sample.xhtml"), html);
        Files.writeString(dir.resolve("fds.svg"), SampleReport.fdsChart().svg());
        Files.writeString(dir.resolve("compare.svg"), SampleReport.comparisonChart().svg());
        Files.writeString(dir.resolve("trajectory.svg"), SampleReport.trajectoryChart().svg());
        AccessiblePdf pdf = new AccessiblePdf();
        byte[] bytes = pdf.render(html, new AccessiblePdf.Options(Instant.parse("2024-09-30T00:00:00Z"), false));
        Files.write(dir.resolve("sample.pdf"), bytes);
        Files.write(dir.resolve("sample-draft.pdf"),
                pdf.render(html, new AccessiblePdf.Options(Instant.parse("2024-09-30T00:00:00Z"), true)));
        assertThat(bytes).startsWith("%PDF-".getBytes());
        // for the record, not asserted: time of a warm render of the sample and its size
        long[] times = new long[5];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            pdf.render(html, new AccessiblePdf.Options(Instant.parse("2024-09-30T00:00:00Z"), false));
            times[i] = (System.nanoTime() - start) / 1_000_000;
        }
        java.util.Arrays.sort(times);
        Files.writeString(dir.resolve("measurements.txt"), "pdf_bytes=" + bytes.length + "\nwarm_render_ms_median="
                + times[2] + "\nwarm_render_ms_all_sorted=" + java.util.Arrays.toString(times) + "\n");
    }
}
