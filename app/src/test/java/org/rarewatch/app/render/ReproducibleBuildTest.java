package org.rarewatch.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rebuilding in a fresh JVM, with another default locale and time zone, gives byte-identical SVG and PDF:
 * nothing depends on the clock, identity hash codes, or the machine's settings.
 */
class ReproducibleBuildTest {
    @Test
    void anotherJvmWithOtherDefaultsWritesTheSameBytes(@TempDir Path tmp) throws Exception {
        Path here = tmp.resolve("here");
        Path there = tmp.resolve("there");
        SampleRenderMain.write(here);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Djava.awt.headless=true", "-Duser.language=de",
                "-Duser.country=DE", "-Duser.timezone=Pacific/Auckland", "-cp", System.getProperty("java.class.path"),
                SampleRenderMain.class.getName(), there.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
        assertThat(child.exitValue()).as(Files.readString(tmp.resolve("child.log"))).isZero();

        assertThat(Files.readString(there.resolve("charts.svg"))).isEqualTo(Files.readString(here.resolve("charts.svg")));
        assertThat(Files.readAllBytes(there.resolve("report.pdf"))).isEqualTo(Files.readAllBytes(here.resolve("report.pdf")));
    }
}
