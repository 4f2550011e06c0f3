package org.rarewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rarewatch.app.waitingtimes.CwtFiles;

/** {@code rarewatch waits}: stateless, tidy rows, clear errors with exit codes 1 (bad input) and 2 (usage). */
class WaitsCommandTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void writesTidyRowsForTheProviderExtracts() throws Exception {
        Path out = dir.resolve("waits.csv");
        CliRun run = run("waits", CwtFiles.APR_SEP_2023.toString(), CwtFiles.OCT_2023.toString(), "--out", out.toString(),
                "--by", "cancer_type,region,month,fy");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("61421 extract rows from 2 files");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("indicator,definition_version,cancer_group,geography,period,sex,age_band,"
                + "numerator,denominator,value,lower95,upper95,method,flags,source");
        assertThat(lines).anyMatch(l -> l.startsWith("cwt_fds_28d,cwt-2026-11,all,England,2023-10,all,all,192880,271402,71.068"));
        assertThat(lines).anyMatch(l -> l.startsWith("cwt_62d_combined,cwt-2026-11,all,England,2023-10,all,all,15375.5,24371.5,"));
        assertThat(lines).anyMatch(l -> l.startsWith("cwt_fds_28d,cwt-2026-11,Suspected sarcoma,England,2023-10,all,all,945,1481,")
                && l.contains("below_threshold"));
        assertThat(lines).anyMatch(l -> l.startsWith("cwt_fds_28d,cwt-2026-11,all,North West (Y62),FY2023-24,"));
        assertThat(lines).anyMatch(l -> l.startsWith("cwt_31d_combined,cwt-2026-11,Rare and less common,England,2023-10,"));
    }

    @Test
    void addsRowsByCommissioningIcbFromTheSubLocationExtract() throws Exception {
        Path out = dir.resolve("waits.csv");
        CliRun run = run("waits", CwtFiles.OCT_2023.toString(), "--commissioner", CwtFiles.ICB_2023.toString(),
                "--out", out.toString(), "--by", "month");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readAllLines(out)).anyMatch(l -> l.startsWith(
                "cwt_fds_28d,cwt-2026-11,all,NHS South Yorkshire Integrated Care Board (QF7),2023-10,all,all,4329,5788,")
                && l.contains("geography_basis:commissioner"));
    }

    @Test
    void aCommissionerExtractFailsWithOneLineAndNoOutput() {
        Path out = dir.resolve("waits.csv");
        CliRun run = run("waits", CwtFiles.ICB_2023.toString(), "--out", out.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("rarewatch: " + CwtFiles.ICB_2023 + ": this is a CWT-CRS ICB sub-location (commissioner) extract");
        assertThat(out).doesNotExist();
    }

    @Test
    void badRowsInSeveralFilesAreAllReported() throws Exception {
        Path a = CwtFiles.write(dir, "a.csv", CwtFiles.HEADER + CwtFiles.fdsRow("2023-10", 10, 7).replace(",10,7,", ",ten,7,"));
        Path b = CwtFiles.write(dir, "b.csv", CwtFiles.HEADER + CwtFiles.fdsRow("2023-10", 10, 7).replace("28-day FDS", "14-day"));
        CliRun run = run("waits", a.toString(), b.toString(), "--out", dir.resolve("o.csv").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly(
                "rarewatch: " + a + ":2: column TOTAL TREATED: value \"ten\": not a number",
                "rarewatch: " + b + ":2: column STANDARD: value \"14-day\": unknown standard: expected 28-day FDS, "
                        + "31-day Combined or 62-day Combined");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("waits", CwtFiles.OCT_2023.toString()).exit()).isEqualTo(2);
        CliRun unknown = run("waits", CwtFiles.OCT_2023.toString(), "--out", "x.csv", "--by", "postcode");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown --by value 'postcode'");
    }

    @Test
    void aMissingFileIsNamed() {
        CliRun run = run("waits", "no-such.xlsx", "--out", dir.resolve("o.csv").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("rarewatch: no-such.xlsx: file not found" + System.lineSeparator());
    }
}
