package org.rarewatch.app.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.rarewatch.engine.indicator.IndicatorCsv;
import org.rarewatch.engine.indicator.IndicatorRow;
import org.rarewatch.engine.io.InputProblem;
import org.rarewatch.engine.io.InvalidInputException;
import org.rarewatch.engine.waitingtimes.Breakdown;
import org.rarewatch.engine.waitingtimes.Geography;
import org.rarewatch.engine.waitingtimes.IcbExtractReader;
import org.rarewatch.engine.waitingtimes.PeriodGrain;
import org.rarewatch.engine.waitingtimes.ProviderExtractReader;
import org.rarewatch.engine.waitingtimes.Thresholds;
import org.rarewatch.engine.waitingtimes.WaitingTimesMeasures;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./rarewatch waits FILE... --out OUT.csv [--by ...]}: waiting-times performance from CWT-CRS
 * provider extracts, as tidy indicator rows. Stateless: no database, no Spring context.
 */
@Command(name = "waits", mixinStandardHelpOptions = true,
        description = "Cancer waiting-times performance (28-day FDS, 31-day, 62-day) from NHS England CWT-CRS "
                + "provider extracts (XLSX as published, or CSV), written as tidy indicator rows. No database.")
public class WaitsCommand implements Callable<Integer> {

    static final String DEFAULT_BY = "cancer_type,route,month,quarter,fy";

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "CWT-CRS provider extracts (.xlsx or .csv)")
    List<Path> files;

    @Option(names = "--out", required = true, paramLabel = "OUT.csv", description = "Where to write the rows (CSV)")
    Path out;

    @Option(names = "--by", split = ",", paramLabel = "DIM", defaultValue = DEFAULT_BY,
            description = "Breakdowns, each alongside the national total: cancer_type (with rare and less common vs "
                    + "big four), route, provider, icb, region; periods: month, quarter, fy (default: ${DEFAULT-VALUE})")
    List<String> by;

    @Option(names = "--commissioner", paramLabel = "FILE",
            description = "CWT-CRS ICB sub-location (commissioner) extracts: adds rows by commissioning ICB and region")
    List<Path> commissionerFiles = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Set<Breakdown> breakdowns = EnumSet.noneOf(Breakdown.class);
        Set<PeriodGrain> grains = EnumSet.noneOf(PeriodGrain.class);
        for (String dim : by) {
            String code = dim.strip().toLowerCase(java.util.Locale.ROOT);
            switch (code) {
                case "month" -> grains.add(PeriodGrain.MONTH);
                case "quarter" -> grains.add(PeriodGrain.QUARTER);
                case "fy", "year" -> grains.add(PeriodGrain.FY);
                default -> breakdowns.add(Breakdown.parse(code).filter(b -> b != Breakdown.RLC_CATEGORY)
                        .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                                "unknown --by value '" + dim + "': use cancer_type, route, provider, icb, region, "
                                        + "month, quarter or fy")));
            }
        }
        List<InputProblem> missing = new ArrayList<>();
        List<Path> allFiles = new ArrayList<>(files);
        allFiles.addAll(commissionerFiles);
        for (Path file : allFiles) {
            if (!Files.isRegularFile(file)) {
                missing.add(InputProblem.ofFile(file.toString(), "file not found"));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        String source = files.stream().map(f -> f.getFileName().toString()).collect(Collectors.joining("; "));
        WaitingTimesMeasures measures = new WaitingTimesMeasures(breakdowns, grains, Thresholds.bundled(),
                Geography.bundled(), "NHS England CWT-CRS provider extracts: " + source);
        long read = readInParallel(measures);
        List<InputProblem> commissionerProblems = new ArrayList<>();
        for (Path file : commissionerFiles) {
            try {
                read += IcbExtractReader.read(file, measures::acceptCommissioner);
            } catch (InvalidInputException e) {
                commissionerProblems.addAll(e.problems());
            }
        }
        if (!commissionerProblems.isEmpty()) {
            throw new InvalidInputException(commissionerProblems);
        }
        List<IndicatorRow> rows = measures.rows();
        writeAtomically(rows);
        spec.commandLine().getErr().printf("wrote %d indicator rows to %s (%d extract rows from %d file%s)%n",
                rows.size(), out, read, allFiles.size(), allFiles.size() == 1 ? "" : "s");
        return RarewatchMain.EXIT_OK;
    }

    /**
     * Each file is read on its own thread into its own partial sums, merged in file order afterwards
     * (the sums are associative), so that several extracts use every core.
     */
    private long readInParallel(WaitingTimesMeasures measures) {
        int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Part>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    WaitingTimesMeasures part = measures.emptyCopy();
                    try {
                        return new Part(part, ProviderExtractReader.read(file, part).rows(), List.of());
                    } catch (InvalidInputException e) {
                        return new Part(part, 0, e.problems());
                    }
                }));
            }
            long read = 0;
            List<InputProblem> problems = new ArrayList<>();
            for (Future<Part> future : futures) {
                Part part = future.get();
                problems.addAll(part.problems());
                measures.merge(part.measures());
                read += part.rows();
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return read;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the extracts", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private record Part(WaitingTimesMeasures measures, long rows, List<InputProblem> problems) {
    }

    /** A failed run never leaves a half-written OUT behind. */
    private void writeAtomically(List<IndicatorRow> rows) throws IOException {
        Path target = out.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), ".waits-", ".csv.tmp");
        try {
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                IndicatorCsv.write(writer, rows);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
