package org.rarewatch.app.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rarewatch.app.registry.RegistryStaging;
import org.rarewatch.engine.indicator.IndicatorCsv;
import org.rarewatch.engine.indicator.IndicatorRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Parameters(index = "0", paramLabel = "FILE", description = "Record-level extract (CSV).")
    Path file;

    @Option(names = "--out", paramLabel = "OUT.csv", required = true, description = "Tidy indicator rows (CSV).")
    Path out;

    @Mixin
    RegistryExtractOptions extract;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        RegistryStaging.Options options = extract.options(spec.commandLine());
        RegistryStaging.Staged staged = RegistryStaging.stage(file, file.getFileName().toString(), options,
                RegistryExtractOptions.progress(file), extract.rejectsSink());
        List<IndicatorRow> rows = staged.rows();
        writeAtomically(out, w -> IndicatorCsv.write(w, rows));
        System.err.printf(Locale.ROOT, "rarewatch: %s: %d rows read, %d counted, %d rejected%s; %d indicator rows "
                        + "written to %s%n", file, staged.rowsRead(), staged.rowsCounted(), staged.rowsRejected(),
                staged.read().routePresent() ? "" : " (no route-to-diagnosis column: proxy not available)", rows.size(),
                out);
        return RarewatchMain.EXIT_OK;
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
