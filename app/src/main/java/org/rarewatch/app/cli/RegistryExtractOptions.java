package org.rarewatch.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rarewatch.app.registry.RegistryStaging;
import org.rarewatch.engine.registry.read.ProgressListener;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** How to read a record-level registry extract: shared by {@code stage} and {@code import registry}. */
public class RegistryExtractOptions {

    /** Files above this size report progress on stderr. */
    static final long PROGRESS_BYTES = 64L << 20;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "simulacrum",
            description = "simulacrum (sim_av_tumour, v1 or v2 header) or csv (simulacrum names, overridden "
                    + "with --map). Default: ${DEFAULT-VALUE}")
    String format;

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

    /** The reading options, or a usage error (exit 2) naming the option. */
    RegistryStaging.Options options(CommandLine command) {
        try {
            return new RegistryStaging.Options(format, mappings, maxBadShare, threads);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(command, "--" + e.getMessage());
        }
    }

    /** Writes the rejects report to {@code --rejects} (atomically) when given. */
    RegistryStaging.RejectsSink rejectsSink() {
        if (rejects == null) {
            return RegistryStaging.RejectsSink.NONE;
        }
        return (report, rowsRead) -> StageCommand.writeAtomically(rejects, w -> report.writeReport(w, rowsRead));
    }

    /** Progress in tenths on stderr for large files. */
    static ProgressListener progress(Path file) throws IOException {
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
}
