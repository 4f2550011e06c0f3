package org.rarewatch.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rarewatch.engine.classification.group.CancerGroupTable;
import org.rarewatch.engine.synthetic.SyntheticRegistryGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./rarewatch generate registry --rows N --seed S --out FILE}: a synthetic Simulacrum-layout extract. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate synthetic data (stateless: touches no database).",
        subcommands = GenerateCommand.Registry.class)
public class GenerateCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "say what to generate: registry");
    }

    @Command(name = "registry", mixinStandardHelpOptions = true,
            description = "A SYNTHETIC record-level extract in the Simulacrum sim_av_tumour (v1) layout plus "
                    + "ROUTE_TO_DIAGNOSIS, drawn from real 2017 registry value counts. Describes no real person.")
    static class Registry implements Callable<Integer> {

        @Option(names = "--rows", paramLabel = "N", required = true, description = "Number of tumour rows.")
        long rows;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}); same seed, same file.")
        long seed;

        @Option(names = "--out", paramLabel = "FILE", required = true, description = "Output CSV file.")
        Path out;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (rows < 0) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--rows must not be negative");
            }
            SyntheticRegistryGenerator generator = new SyntheticRegistryGenerator(CancerGroupTable.current());
            StageCommand.writeAtomically(out, w -> {
                try (BufferedWriter buffered = new BufferedWriter(w, 1 << 20)) {
                    generator.write(buffered, rows, seed);
                }
            });
            System.err.printf(Locale.ROOT, "rarewatch: wrote %d synthetic rows (seed %d) to %s%n", rows, seed, out);
            return RarewatchMain.EXIT_OK;
        }
    }
}
