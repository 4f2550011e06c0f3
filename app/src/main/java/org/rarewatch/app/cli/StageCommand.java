package org.rarewatch.app.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rarewatch.engine.classification.group.CancerGroupTable;
import org.rarewatch.engine.classification.rarity.PopulationTable;
import org.rarewatch.engine.earlydiagnosis.EarlyDiagnosis;
import org.rarewatch.engine.indicator.IndicatorCsv;
import org.rarewatch.engine.indicator.IndicatorRow;
import org.rarewatch.engine.registry.read.ColumnMapping;
import org.rarewatch.engine.registry.read.ProgressListener;
import org.rarewatch.engine.registry.read.ReadOptions;
import org.rarewatch.engine.registry.read.ReadResult;
import org.rarewatch.engine.registry.read.RegistryReader;
import org.rarewatch.engine.registry.read.Rejects;
import org.rarewatch.engine.registry.read.TooManyBadRowsException;
import org.rarewatch.engine.registry.stage.StageCodeParser;
import org.rarewatch.engine.registry.stage.StageSystemTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./rarewatch stage FILE --format simulacrum --out OUT.csv}: early-diagnosis indicators from a
 * record-level registry extract. Stateless: no Spring context, no database; the extract is streamed
 * and only aggregates are written.
 */
@Command(name = "stage", mixinStandardHelpOptions = true,
        description = "Early-diagnosis indicators (NHS measure and inclusive measure) from a record-level "
                + "registry extract. Stateless: touches no database.")
public class StageCommand implements Callable<Integer> {

    /** Files above this size report progress on stderr. */
    static final long PROGRESS_BYTES = 64L << 20;

    @Parameters(index = "0", paramLabel = "FILE", description = "Record-level extract (CSV).")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "simulacrum",
            description = "simulacrum (sim_av_tumour, v1 or v2 header) or csv (simulacrum names, overridden "
                    + "with --map). Default: ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--out", paramLabel = "OUT.csv", required = true, description = "Tidy indicator rows (CSV).")
    Path out;

    @Option(names = "--rejects", paramLabel = "FILE", description = "Write the rejects report (bad rows by reason, first examples).")
    Path rejects;

    @Option(names = "--map", paramLabel = "FIELD=COLUMN",
            description = "Read FIELD from COLUMN (fields: diagnosis-date, site-icd10, age, sex, stage, "
                    + "stage-system, morphology, behaviour, route). Repeatable.")
    List<String> mappings = new ArrayList<>();

    @Option(names = "--max-bad-share", paramLabel = "SHARE", defaultValue = "0.05",
            description = "Refuse the file when more than this share of rows is bad (0 to 1). Default: ${DEFAULT-VALUE}")
    double maxBadShare;

    @Option(names = "--threads", paramLabel = "N", description = "Parsing threads (default: the number of processors).")
    Integer threads;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private picocli.CommandLine.ParameterException usage(String message) {
        return new picocli.CommandLine.ParameterException(spec.commandLine(), message);
    }

    @Override
    public Integer call() throws IOException {
        String layout = format.toLowerCase(Locale.ROOT);
        if (!layout.equals("simulacrum") && !layout.equals("csv")) {
            throw usage("--format must be simulacrum or csv, not " + format);
        }
        if (!(maxBadShare >= 0 && maxBadShare <= 1)) {
            throw usage("--max-bad-share must be between 0 and 1, not " + maxBadShare);
        }
        ReadOptions options = ReadOptions.defaults().withMaxBadShare(maxBadShare);
        if (threads != null) {
            if (threads < 1) {
                throw usage("--threads must be at least 1");
            }
            options = options.withThreads(threads);
        }
        CancerGroupTable groups = CancerGroupTable.current();
        StageSystemTable systems = StageSystemTable.current();
        RegistryReader reader = new RegistryReader(groups, new StageCodeParser(systems), options);
        ColumnMapping mapping = ColumnMapping.simulacrumWith(mappings);

        ReadResult result;
        try {
            result = reader.read(file, mapping, progress());
        } catch (TooManyBadRowsException e) {
            if (rejects != null) {
                writeRejects(e.rejects(), e.rowsRead());
            }
            throw e;
        }
        if (rejects != null) {
            writeRejects(result.rejects(), result.rowsRead());
        }
        EarlyDiagnosis early = new EarlyDiagnosis(groups, systems, PopulationTable.current());
        List<IndicatorRow> rows = early.indicators(early.summarise(result.cube()),
                file.getFileName() + " (" + layout + ", record-level registry extract)");
        writeAtomically(out, w -> IndicatorCsv.write(w, rows));
        System.err.printf(Locale.ROOT, "rarewatch: %s: %d rows read, %d counted, %d rejected%s; %d indicator rows "
                        + "written to %s%n", file, result.rowsRead(), result.cube().total(), result.rejects().total(),
                result.routePresent() ? "" : " (no route-to-diagnosis column: proxy not available)", rows.size(), out);
        return RarewatchMain.EXIT_OK;
    }

    private ProgressListener progress() throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) < PROGRESS_BYTES) {
            return ProgressListener.NONE;
        }
        return new ProgressListener() {
            int lastTenth = -1;

            @Override
            public void progress(long bytesRead, long totalBytes) {
                int tenth = (int) (bytesRead * 10 / Math.max(1, totalBytes));
                if (tenth != lastTenth) {
                    lastTenth = tenth;
                    System.err.printf(Locale.ROOT, "rarewatch: reading %s: %d%%%n", file.getFileName(), tenth * 10);
                }
            }
        };
    }

    private void writeRejects(Rejects report, long rowsRead) throws IOException {
        writeAtomically(rejects, w -> report.writeReport(w, rowsRead));
    }

    interface WriterAction {
        void write(Writer writer) throws IOException;
    }

    /** Writes to a temporary file beside the target and moves it into place, so a failure leaves no half file. */
    static void writeAtomically(Path target, WriterAction action) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = Files.createTempFile(dir, absolute.getFileName().toString(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                action.write(w);
            }
            try {
                // temporary files are private; an output file should be readable like any other
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException notPosix) {
                // non-POSIX file systems keep their default permissions
            }
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
