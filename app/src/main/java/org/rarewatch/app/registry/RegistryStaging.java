package org.rarewatch.app.registry;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.rarewatch.engine.classification.group.CancerGroupTable;
import org.rarewatch.engine.classification.rarity.PopulationTable;
import org.rarewatch.engine.earlydiagnosis.EarlyDiagnosis;
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

/**
 * The one path from a record-level registry extract to early-diagnosis indicator rows, shared by
 * {@code ./rarewatch stage} (writes the rows to CSV) and {@code ./rarewatch import registry} (stores them):
 * the engine's streaming {@link RegistryReader} builds the aggregation cube, {@link EarlyDiagnosis}
 * turns it into tidy rows. No patient-level row is kept anywhere. Plain Java, no Spring.
 */
public final class RegistryStaging {

    public static final List<String> FORMATS = List.of("simulacrum", "csv");

    private RegistryStaging() {
    }

    /**
     * How to read the extract.
     *
     * @param format      {@code simulacrum} (sim_av_tumour, v1 or v2 header) or {@code csv} (simulacrum column
     *                    names, overridden by {@code mappings})
     * @param mappings    {@code FIELD=COLUMN} overrides of the column mapping
     * @param maxBadShare refuse the file when more than this share of rows is bad (0 to 1)
     * @param threads     parsing threads; null for the number of processors
     */
    public record Options(String format, List<String> mappings, double maxBadShare, Integer threads) {

        public Options {
            String layout = format == null ? "simulacrum" : format.toLowerCase(Locale.ROOT);
            if (!FORMATS.contains(layout)) {
                throw new IllegalArgumentException("format must be simulacrum or csv, not " + format);
            }
            format = layout;
            mappings = mappings == null ? List.of() : List.copyOf(mappings);
            if (!(maxBadShare >= 0 && maxBadShare <= 1)) {
                throw new IllegalArgumentException("max-bad-share must be between 0 and 1, not " + maxBadShare);
            }
            if (threads != null && threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
        }

        /** Simulacrum layout, the default share of bad rows, one thread per processor. */
        public static Options simulacrum() {
            return new Options("simulacrum", List.of(), ReadOptions.DEFAULT_MAX_BAD_SHARE, null);
        }

        ReadOptions readOptions() {
            ReadOptions options = ReadOptions.defaults().withMaxBadShare(maxBadShare);
            return threads == null ? options : options.withThreads(threads);
        }
    }

    /** Receives the rejects report: after a successful read, and also when the file is refused for too many bad rows. */
    @FunctionalInterface
    public interface RejectsSink {
        RejectsSink NONE = (rejects, rowsRead) -> { };

        void accept(Rejects rejects, long rowsRead) throws IOException;
    }

    /** The indicator rows of one extract and what reading it found. */
    public record Staged(ReadResult read, List<IndicatorRow> rows) {

        public Staged {
            rows = List.copyOf(rows);
        }

        public long rowsRead() {
            return read.rowsRead();
        }

        public long rowsCounted() {
            return read.cube().total();
        }

        public long rowsRejected() {
            return read.rejects().total();
        }
    }

    /**
     * Streams the extract into indicator rows.
     *
     * @param sourceName the file name the rows' {@code source} names (the extract's own name, or the name recorded)
     * @throws org.rarewatch.engine.io.InvalidInputException for a missing, empty or malformed file, missing required
     *                                                       columns or too many bad rows (nothing is produced)
     */
    public static Staged stage(Path file, String sourceName, Options options, ProgressListener progress,
                               RejectsSink rejects) throws IOException {
        CancerGroupTable groups = CancerGroupTable.current();
        StageSystemTable systems = StageSystemTable.current();
        RegistryReader reader = new RegistryReader(groups, new StageCodeParser(systems), options.readOptions());
        ReadResult result;
        try {
            result = reader.read(file, ColumnMapping.simulacrumWith(options.mappings()), progress);
        } catch (TooManyBadRowsException e) {
            rejects.accept(e.rejects(), e.rowsRead());
            throw e;
        }
        rejects.accept(result.rejects(), result.rowsRead());
        EarlyDiagnosis early = new EarlyDiagnosis(groups, systems, PopulationTable.current());
        List<IndicatorRow> rows = early.indicators(early.summarise(result.cube()),
                sourceName + " (" + options.format() + ", record-level registry extract)");
        return new Staged(result, rows);
    }
}
