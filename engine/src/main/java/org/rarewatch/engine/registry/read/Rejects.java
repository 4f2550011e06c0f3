package org.rarewatch.engine.registry.read;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rarewatch.engine.io.InputProblem;

/**
 * Bad rows counted by reason, with the first examples of each (lowest line numbers, whatever order the
 * chunks finished in). Merges like the cube does.
 */
public final class Rejects {

    private final int examplesPerReason;
    private final Map<RejectReason, Long> counts = new EnumMap<>(RejectReason.class);
    private final Map<RejectReason, List<InputProblem>> examples = new EnumMap<>(RejectReason.class);

    public Rejects(int examplesPerReason) {
        this.examplesPerReason = examplesPerReason;
    }

    void add(RejectReason reason, InputProblem example) {
        counts.merge(reason, 1L, Long::sum);
        List<InputProblem> list = examples.computeIfAbsent(reason, r -> new ArrayList<>());
        if (list.size() < examplesPerReason) {
            list.add(example);
        } else if (example.line() < list.get(list.size() - 1).line()) {
            list.set(list.size() - 1, example);
            list.sort(Comparator.comparingLong(InputProblem::line));
        }
    }

    public Rejects merge(Rejects other) {
        other.counts.forEach((reason, n) -> counts.merge(reason, n, Long::sum));
        other.examples.forEach((reason, list) -> {
            List<InputProblem> mine = examples.computeIfAbsent(reason, r -> new ArrayList<>());
            mine.addAll(list);
            mine.sort(Comparator.comparingLong(InputProblem::line));
            while (mine.size() > examplesPerReason) {
                mine.remove(mine.size() - 1);
            }
        });
        return this;
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public Map<RejectReason, Long> counts() {
        return Map.copyOf(counts);
    }

    public List<InputProblem> examples(RejectReason reason) {
        return List.copyOf(examples.getOrDefault(reason, List.of()));
    }

    /** Every example, reason by reason, in line order within each reason. */
    public List<InputProblem> allExamples() {
        List<InputProblem> all = new ArrayList<>();
        for (RejectReason reason : RejectReason.values()) {
            all.addAll(examples(reason));
        }
        return all;
    }

    /**
     * The rejects report as CSV: one row per example with the reason's total count, so a person can
     * see how many rows each problem affected and open the file at the first lines concerned.
     */
    public void writeReport(Writer out, long rowsRead) {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        csv.writeRecord("reason", "description", "rows_rejected", "rows_read", "example_line", "example_column",
                "example_value", "example_problem");
        for (RejectReason reason : RejectReason.values()) {
            long n = counts.getOrDefault(reason, 0L);
            if (n == 0) {
                continue;
            }
            for (InputProblem p : examples(reason)) {
                csv.writeRecord(reason.name().toLowerCase(java.util.Locale.ROOT), reason.description(),
                        Long.toString(n), Long.toString(rowsRead), Long.toString(p.line()), p.column(), p.value(),
                        p.reason());
            }
        }
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
